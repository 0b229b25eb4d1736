/** Dutch, the default language: plain language (B1). Every string of the web app lives here. */
export const nl = {
  app: {
    name: 'Schakel',
    tagline: 'Samen tegen huiselijk geweld en kindermishandeling',
    skipLink: 'Direct naar de inhoud',
    logoLinkTitle: 'Naar de startpagina van Schakel',
    navigationLabel: 'Hoofdmenu',
    menu: 'Menu',
    menuShow: 'Laat het menu zien',
    menuHide: 'Verberg het menu',
    loading: 'Bezig met laden…',
    loadError: 'Dit kon niet worden geladen. Probeer het later opnieuw.',
    requestId: 'Meldingscode: {{id}}',
  },
  nav: {
    start: 'Start',
    apiDocs: 'API-documentatie',
    mySessions: 'Mijn sessies',
    myActivity: 'Mijn logboek',
    admin: 'Beheer',
    outbox: 'Postvak',
  },
  account: {
    signIn: 'Inloggen',
    signOut: 'Uitloggen',
    signedInAs: 'Ingelogd als',
    signedInAsFull: 'Ingelogd als {{name}} ({{organisation}})',
    signOutFailed: 'Uitloggen is niet gelukt. Probeer het opnieuw.',
  },
  form: {
    summaryHeading_one: 'Verbeter de fout voor u verder gaat',
    summaryHeading_other: 'Verbeter de fouten voor u verder gaat',
    errorCount_one: '{{count}} invoerfout',
    errorCount_other: '{{count}} invoerfouten',
    errorPrefix: 'Invoerfout',
    busy: 'Even geduld…',
    throttled: 'U heeft het te vaak geprobeerd.',
    locked:
      'Er is te vaak een verkeerd wachtwoord ingevuld. Daarom kunt u even niet inloggen met dit account.',
    tryAgainSoon: 'Wacht even en probeer het dan opnieuw.',
    tryAgainSeconds_one: 'Probeer het over {{count}} seconde opnieuw.',
    tryAgainSeconds_other: 'Probeer het over {{count}} seconden opnieuw.',
    tryAgainMinutes_one: 'Probeer het over {{count}} minuut opnieuw.',
    tryAgainMinutes_other: 'Probeer het over {{count}} minuten opnieuw.',
    unexpected: 'Er ging iets mis. Probeer het later opnieuw.',
    unexpectedWithId: 'Er ging iets mis. Probeer het later opnieuw. Meldingscode: {{id}}',
  },
  signIn: {
    title: 'Inloggen',
    heading: 'Inloggen bij Schakel',
    intro: 'Log in met het e-mailadres en het wachtwoord van uw account.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    emailMissing: 'Vul uw e-mailadres in.',
    emailInvalid: 'Vul een e-mailadres in zoals naam@organisatie.nl.',
    passwordMissing: 'Vul uw wachtwoord in.',
    wrongCredentials:
      'Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.',
    signedOutHeading: 'U bent uitgelogd',
    signedOutBody: 'Gebruikt u een computer samen met anderen? Sluit dan ook de browser.',
    signInAgainHeading: 'Log opnieuw in',
    signInAgainBody:
      'U was te lang niet actief, of er is te vaak een verkeerde code ingevuld. Log daarom opnieuw in.',
    passwordChangedHeading: 'Uw nieuwe wachtwoord is opgeslagen',
    passwordChangedBody:
      'U bent voor de zekerheid overal uitgelogd. Log nu in met uw nieuwe wachtwoord.',
    accountReadyHeading: 'Uw account is klaar',
    accountReadyBody: 'Log nu in met uw e-mailadres en het wachtwoord dat u net heeft gekozen.',
    confirmIdentityHeading: 'Log opnieuw in',
    confirmIdentityBody:
      'Voor uw veiligheid vraagt Schakel u opnieuw in te loggen voordat u dit wijzigt. Daarna kunt u verder.',
    forgotPassword: 'Wachtwoord vergeten?',
  },
  code: {
    title: 'Code invullen',
    heading: 'Vul de code uit uw app in',
    intro:
      'Open de authenticator-app op uw telefoon. Vul de code van 6 cijfers in die de app bij Schakel laat zien.',
    label: 'Code van 6 cijfers',
    hint: 'Heeft u uw telefoon niet bij de hand? Dan kunt u ook een herstelcode invullen.',
    recoveryLabel: 'Herstelcode',
    recoveryHint:
      'Een herstelcode ziet er zo uit: 7kq2-m9xa-4hwe. Elke herstelcode werkt één keer.',
    useRecoveryCode: 'Ik wil een herstelcode invullen',
    useAppCode: 'Ik wil de code uit mijn app invullen',
    submit: 'Inloggen',
    missing: 'Vul de code in.',
    invalidFormat: 'Vul de 6 cijfers uit uw app in, of een herstelcode zoals 7kq2-m9xa-4hwe.',
    wrong: 'Deze code klopt niet. Vul de nieuwe code uit uw app in, of een herstelcode.',
  },
  totp: {
    title: 'App instellen',
    heading: 'Stel een authenticator-app in',
    intro:
      'Voor uw account is bij het inloggen een tweede stap nodig: een code uit een app op uw telefoon. Zo kan niemand anders inloggen, ook niet als hij uw wachtwoord weet.',
    appExamples:
      'U kunt elke authenticator-app gebruiken, bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP.',
    stepsHeading: 'Zo werkt het',
    step1: 'Open de authenticator-app en kies: account toevoegen.',
    step2: 'Scan de QR-code hieronder met de app.',
    step3: 'Vul de code van 6 cijfers in die de app laat zien.',
    qrAlt: 'QR-code om Schakel toe te voegen aan uw authenticator-app',
    manualHeading: 'Kunt u de QR-code niet scannen?',
    manualBody: 'Kies in de app voor een sleutel invullen, en typ deze sleutel over:',
    codeLabel: 'Code uit de app',
    codeHint: 'De app laat een code van 6 cijfers zien. Na 30 seconden komt er een nieuwe.',
    submit: 'App instellen',
    missing: 'Vul de code uit de app in.',
    invalidFormat: 'Vul de 6 cijfers uit de app in.',
    wrong:
      'Deze code klopt niet. Vul de nieuwe code uit de app in. Staat de tijd op uw telefoon goed?',
    alreadySet: 'U heeft al een authenticator-app ingesteld.',
    done: 'De app is ingesteld',
  },
  recoveryCodes: {
    heading: 'Bewaar uw herstelcodes',
    intro:
      'Raakt u uw telefoon kwijt? Dan kunt u met een herstelcode toch inloggen. Elke code werkt één keer.',
    advice:
      'Bewaar de codes op een veilige plek, bijvoorbeeld in een wachtwoordmanager of op papier achter slot. Deel ze met niemand.',
    onceOnly: 'U ziet deze codes maar één keer.',
    listLabel: 'Uw herstelcodes',
    continue: 'Ik heb de codes bewaard. Verder',
  },
  sessions: {
    title: 'Mijn sessies',
    heading: 'Mijn sessies',
    signedInAs: 'U bent ingelogd als {{name}} van {{organisation}}.',
    listHeading: 'Waar u bent ingelogd',
    intro:
      'Dit zijn de apparaten waarop u nu bent ingelogd. Kent u een sessie niet? Beëindig die dan, en meld het aan de beheerder.',
    current: 'Deze sessie',
    device: '{{browser}} op {{system}}',
    unknownDevice: 'Onbekend apparaat',
    signedInAt: 'Ingelogd: {{date}}',
    lastSeen: 'Laatst actief: {{date}}',
    end: 'Sessie beëindigen',
    endLabel: 'Sessie beëindigen: {{device}}, laatst actief {{date}}',
    ended: 'De sessie is beëindigd',
    endFailed: 'De sessie kon niet worden beëindigd. Probeer het opnieuw.',
    noOthers: 'U bent nergens anders ingelogd.',
    recoveryHeading: 'Herstelcodes',
    recoveryLeft_zero:
      'U heeft geen herstelcodes meer. Maak nieuwe, zodat u ook zonder uw telefoon kunt inloggen.',
    recoveryLeft_one: 'U heeft nog {{count}} herstelcode die u niet heeft gebruikt.',
    recoveryLeft_other: 'U heeft nog {{count}} herstelcodes die u niet heeft gebruikt.',
    recoveryNewNote:
      'Maakt u nieuwe herstelcodes? Dan werken de oude codes niet meer. Doe dit als u de oude codes kwijt bent, of als ze bijna op zijn.',
    recoveryNew: 'Nieuwe herstelcodes maken',
    recoveryFailed: 'Er konden geen nieuwe herstelcodes worden gemaakt. Probeer het opnieuw.',
  },
  sso: {
    heading: 'Of log in via uw organisatie',
    intro:
      'Heeft uw organisatie een eigen inlog voor Schakel? Kies dan uw organisatie. U logt daar in en komt daarna terug.',
    organisation: 'Uw organisatie',
    submit: 'Verder bij mijn organisatie',
    failedHeading: 'Inloggen via uw organisatie is niet gelukt',
    failedBody:
      'Probeer het opnieuw, of log in met uw e-mailadres en wachtwoord. Lukt het niet? Vraag dan de beheerder van Schakel om hulp.',
  },
  passkey: {
    explain:
      'Een passkey is een sleutel op uw telefoon of computer. U opent de sleutel met uw vingerafdruk, uw gezicht of uw pincode.',
    signInHeading: 'Of log in met een passkey',
    signInIntro:
      'Heeft u een passkey voor Schakel? Dan heeft u geen wachtwoord en geen code nodig. Een passkey is een sleutel op uw telefoon of computer. U opent de sleutel met uw vingerafdruk, uw gezicht of uw pincode.',
    signIn: 'Inloggen met een passkey',
    codeHeading: 'Of gebruik een passkey',
    codeIntro:
      'Heeft u een passkey voor Schakel ingesteld? Gebruik die dan in plaats van een code.',
    use: 'Gebruik een passkey',
    stepTitle: 'Passkey gebruiken',
    stepHeading: 'Log in met uw passkey',
    stepIntro:
      'Uw wachtwoord klopt. Gebruik nu uw passkey: de sleutel op uw telefoon of computer. U opent de sleutel met uw vingerafdruk, uw gezicht of uw pincode.',
    fallback: {
      password: 'Probeer het opnieuw, of log in met uw e-mailadres en wachtwoord.',
      code: 'Probeer het opnieuw, of vul de code uit uw app in.',
      help: 'Probeer het opnieuw. Lukt het niet? Vraag dan de beheerder van Schakel om hulp.',
    },
    signInStoppedHeading: 'U bent niet ingelogd met een passkey',
    signInStoppedBody:
      'Heeft u het venster van de passkey gesloten? Of staat er op dit apparaat geen passkey voor Schakel? Dat is niet erg.',
    notRecognisedHeading: 'Schakel kent deze passkey niet',
    notRecognisedBody: 'Misschien is de passkey verwijderd, of hoort hij bij een ander account.',
    signInFailedHeading: 'Inloggen met een passkey is niet gelukt',
    sectionHeading: 'Passkeys',
    sectionIntro:
      'Met een passkey logt u in zonder wachtwoord en zonder code. Uw vingerafdruk of gezicht blijft op uw apparaat: Schakel krijgt die nooit te zien.',
    listLabel: 'Uw passkeys',
    none: 'U heeft nog geen passkey.',
    addedAt: 'Toegevoegd: {{date}}',
    lastUsed: 'Laatst gebruikt: {{date}}',
    neverUsed: 'Nog niet gebruikt om in te loggen',
    remove: 'Passkey verwijderen',
    removeLabel: 'Passkey verwijderen: {{name}}',
    removed: 'De passkey ‘{{name}}’ is verwijderd',
    removeFailed: 'De passkey ‘{{name}}’ kon niet worden verwijderd. Probeer het opnieuw.',
    addHeading: 'Een passkey toevoegen',
    add: 'Passkey toevoegen',
    nameLabel: 'Naam van de passkey',
    nameHint: 'Kies een naam waaraan u het apparaat herkent. Bijvoorbeeld: Telefoon of Laptop.',
    nameMissing: 'Vul een naam in voor de passkey.',
    nameTooLong: 'Kies een kortere naam: hoogstens {{max}} tekens.',
    added: 'De passkey ‘{{name}}’ is toegevoegd',
    addedBody: 'Voortaan kunt u hiermee inloggen, zonder wachtwoord en zonder code.',
    addStoppedHeading: 'Er is geen passkey toegevoegd',
    addStoppedBody:
      'Heeft u het venster van de passkey gesloten? Dat is niet erg. Probeer het opnieuw als u wilt.',
    addKnownHeading: 'Op dit apparaat staat al een passkey voor uw account',
    addKnownBody:
      'Met die passkey kunt u inloggen. Wilt u toch een nieuwe? Verwijder dan eerst de oude passkey uit de lijst.',
    addUnsupportedHeading: 'Dit apparaat kan geen passkey maken',
    addUnsupportedBody:
      'Schakel vraagt een passkey die u opent met uw vingerafdruk, uw gezicht of uw pincode. Probeer het op een ander apparaat, of gebruik een authenticator-app.',
    addFailedHeading: 'De passkey is niet toegevoegd',
    addFailedBody: 'Er ging iets mis. Probeer het opnieuw.',
    browserCannot:
      'Deze browser kan geen passkeys gebruiken. Probeer een andere browser, of een ander apparaat.',
    enrolRather: 'Liever geen app?',
    enrolRatherLink: 'Stel dan een passkey in',
    enrolHeading: 'Liever een passkey?',
    enrolIntro:
      'Met een passkey heeft u geen app en geen code nodig. Stel de passkey in op het apparaat waarmee u meestal werkt.',
    enrolSubmit: 'Stel een passkey in',
    enrolDoneTitle: 'Passkey ingesteld',
    enrolDoneHeading: 'Uw passkey is ingesteld',
    enrolDoneAdvice:
      'Raakt u dit apparaat kwijt? Dan kunt u niet meer inloggen met deze passkey. Voeg daarom ook een passkey toe op een tweede apparaat, bijvoorbeeld uw telefoon. Dat kan bij Mijn sessies.',
    enrolDoneContinue: 'Verder',
  },
  forgotPassword: {
    title: 'Wachtwoord vergeten',
    heading: 'Wachtwoord vergeten?',
    intro:
      'Vul het e-mailadres van uw account in. U krijgt dan een e-mail met een link. Met die link kiest u een nieuw wachtwoord.',
    submit: 'Stuur mij een link',
    sentHeading: 'Kijk in uw mailbox',
    sentAlert: 'Uw vraag is ontvangen',
    sentBody:
      'Hoort het e-mailadres bij een account van Schakel? Dan krijgt u binnen een paar minuten een e-mail met een link. De link werkt één keer, en één uur lang.',
    sentNoMail:
      'Geen e-mail gekregen? Kijk dan ook bij uw ongewenste e-mail (spam). Of vraag de beheerder van Schakel om hulp.',
    backToSignIn: 'Terug naar inloggen',
  },
  newPassword: {
    label: 'Nieuw wachtwoord',
    rules:
      'Kies een wachtwoord van 12 tot 128 tekens. Niet een wachtwoord dat veel mensen gebruiken, en niet uw e-mailadres of het woord Schakel. Tip: een zin van een paar woorden is sterk en goed te onthouden.',
    repeatLabel: 'Herhaal het nieuwe wachtwoord',
    submit: 'Wachtwoord opslaan',
    missing: 'Vul een nieuw wachtwoord in.',
    tooShort: 'Uw wachtwoord is te kort. Gebruik minstens {{min}} tekens.',
    tooLong: 'Uw wachtwoord is te lang. Gebruik hoogstens {{max}} tekens.',
    common: 'Dit wachtwoord gebruiken veel mensen. Kies een wachtwoord dat moeilijk te raden is.',
    personal: 'Gebruik niet uw e-mailadres of het woord Schakel in uw wachtwoord.',
    chooseAnother: 'Kies een ander wachtwoord.',
    repeatMissing: 'Vul het nieuwe wachtwoord nog een keer in.',
    mismatch:
      'De twee wachtwoorden zijn niet hetzelfde. Vul het nieuwe wachtwoord nog een keer precies zo in.',
    reset: {
      title: 'Nieuw wachtwoord',
      heading: 'Kies een nieuw wachtwoord',
      intro:
        'Kies een nieuw wachtwoord voor uw account. Daarna bent u overal uitgelogd, en logt u in met het nieuwe wachtwoord.',
      invalidTitle: 'Link werkt niet',
      invalidHeading: 'Deze link werkt niet (meer)',
      invalidBody:
        'Een link voor een nieuw wachtwoord werkt één keer, en één uur lang. Misschien is de link al gebruikt, of is hij te oud.',
      askNew: 'Vraag een nieuwe link aan',
    },
    invitation: {
      title: 'Uitnodiging',
      heading: 'Kies een wachtwoord voor Schakel',
      intro:
        'U bent uitgenodigd voor Schakel. Kies een wachtwoord voor uw account. Daarna kunt u inloggen.',
      invalidTitle: 'Uitnodiging werkt niet',
      invalidHeading: 'Deze uitnodiging werkt niet (meer)',
      invalidBody:
        'Een uitnodiging werkt één keer, en 7 dagen lang. Misschien is de link al gebruikt, of is hij te oud. Vraag de beheerder van Schakel om een nieuwe uitnodiging.',
      toSignIn: 'Heeft u al een wachtwoord gekozen? Log dan in',
    },
  },
  outbox: {
    title: 'Postvak',
    heading: 'Postvak',
    intro:
      'Deze installatie heeft geen mailserver. Daarom verstuurt Schakel geen e-mails, maar bewaart ze hier. Stuur een link zelf door naar de persoon voor wie hij is.',
    sendsMailHeading: 'Schakel verstuurt e-mails gewoon',
    sendsMailBody:
      'Deze installatie heeft een mailserver. Hier staan alleen e-mails van toen die er nog niet was.',
    privacy:
      'Elke link in deze e-mails werkt één keer. Deel een link alleen met de persoon voor wie hij is.',
    empty: 'Er zijn geen e-mails bewaard.',
    listLabel: 'Bewaarde e-mails, nieuwste eerst',
    to: 'Aan: {{to}}',
    keptAt: 'Bewaard: {{date}}',
  },
  noAccess: {
    title: 'Geen toegang',
    heading: 'U heeft geen toegang tot deze pagina',
    body: 'Deze pagina is niet voor uw rol in Schakel. Denkt u dat u hier wel moet kunnen komen? Vraag het dan aan de beheerder.',
  },
  paging: {
    label: 'Andere pagina’s',
    current: 'Pagina',
    page: 'Ga naar pagina',
    previous: 'vorige',
    previousLabel: 'Vorige pagina',
    next: 'volgende',
    nextLabel: 'Volgende pagina',
  },
  language: {
    switchTo: 'English',
    switchToLabel: 'Switch to English',
  },
  district: {
    label: 'Stadsdeel',
    all: 'Alle stadsdelen',
  },
  demo: {
    heading: 'Demo-omgeving',
    body: 'Alle gegevens hier zijn verzonnen. Gebruik deze omgeving niet voor echte situaties.',
  },
  start: {
    title: 'Start',
    heading: 'Welkom bij Schakel',
    intro:
      'Schakel verbindt informele en formele partners in de aanpak van huiselijk geweld en kindermishandeling. Hier vindt u elkaar, bespreekt u situaties anoniem en volgt u samen afspraken op.',
    districtsHeading: 'Stadsdelen',
    districtPartners_one: '{{count}} partner',
    districtPartners_other: '{{count}} partners',
    partnersHeading: 'Partners',
    partnersHeadingIn: 'Partners in {{district}}',
    partnersCaption: 'Informele en formele partners, op naam',
    columnName: 'Naam',
    columnKind: 'Soort',
    columnDistricts: 'Stadsdelen',
    noPartners: 'Er zijn nog geen partners.',
    total_one: '{{count}} partner',
    total_other: '{{count}} partners',
  },
  kind: {
    informal: 'Informeel',
    formal: 'Formeel',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    heading: 'Deze pagina bestaat niet',
    body: 'Misschien is het adres verkeerd getypt, of is de pagina verplaatst.',
    back: 'Naar de startpagina',
  },
  footer: {
    heading: 'Over Schakel',
    about:
      'Schakel is open source en gemaakt voor de stadsdelen Nieuw-West en Zuidoost van Amsterdam, en voor elke gemeente die het wil gebruiken.',
    menuHeading: 'Meer',
  },
};

export type Catalogue = typeof nl;
