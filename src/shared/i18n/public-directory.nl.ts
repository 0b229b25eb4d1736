import type {
  AccessRoute,
  DirectoryLanguage,
  ServiceCategory,
  TargetGroup,
} from '../schemas/directory.js';

/**
 * Dutch words of the public page of the partner directory, for residents (/publiek/sociale-kaart).
 * They load with that page's code, not with the main bundle
 * (src/web/features/public-directory/publicDirectoryCatalogue.ts). Same rules as nl.ts: plain
 * language (B1), and English beside it with the same keys. Their one top-level key,
 * `publicDirectory`, clashes with no other catalogue's (the catalogue test checks).
 */
export const publicDirectoryNl = {
  publicDirectory: {
    logoLinkTitle: 'Naar het begin van de sociale kaart',
    navigationLabel: 'Taal',
    quickExit: {
      label: 'Snel weg',
      button: 'Deze pagina snel verlaten',
      hint: 'Of druk twee keer op Esc. U gaat dan naar de weersverwachting.',
    },
    help: {
      heading: 'Direct hulp nodig?',
      emergency: 'Bij acuut gevaar: bel 112.',
      veiligThuis:
        'Advies of hulp bij geweld thuis: bel Veilig Thuis, 0800 2000. Gratis, dag en nacht.',
    },
    search: {
      title: 'Hulp zoeken',
      heading: 'Hulp bij geweld of spanning thuis',
      intro:
        'Hier vindt u organisaties in Amsterdam die helpen bij huiselijk geweld en ' +
        'kindermishandeling: wat zij doen, wat niet, voor wie, en hoe u ze bereikt. U hoeft ' +
        'niet in te loggen.',
      formLabel: 'Zoeken',
      q: 'Waar zoekt u hulp bij?',
      qHint: 'Bijvoorbeeld: vaders, opvang, schulden of Arabisch.',
      district: 'Stadsdeel',
      allDistricts: 'Alle stadsdelen',
      category: 'Soort hulp',
      allCategories: 'Alle soorten hulp',
      resultsHeading: 'Organisaties',
      found_one: '{{count}} organisatie gevonden',
      found_other: '{{count}} organisaties gevonden',
      similar: 'Niets gevonden met precies deze woorden. Misschien bedoelt u:',
      none: 'Geen organisaties gevonden. Probeer andere woorden, of kies minder filters.',
      more: 'Meer organisaties laten zien',
      loading: 'Bezig met zoeken…',
    },
    kind: {
      informal: 'Vrijwilligers- of zelforganisatie',
      formal: 'Professionele organisatie',
    },
    entry: {
      back: 'Terug naar zoeken',
      loading: 'Bezig met laden…',
      whatWeDo: 'Wat wij doen',
      whatWeDoNot: 'Wat wij niet doen',
      contact: 'Contact',
      phone: 'Telefoon',
      email: 'E-mail',
      website: 'Website',
      languages: 'Talen',
      districts: 'Stadsdelen',
      services: 'Aanbod',
      noServices: 'Deze organisatie heeft nog geen aanbod beschreven.',
      forWhom: 'Voor wie',
      categories: 'Soort hulp',
      access: 'Hoe komt u erin',
      eligibility: 'Voorwaarden',
      cost: 'Kosten',
      schedule: 'Wanneer',
      locations: 'Adressen',
      openingHours: 'Open',
      notFoundTitle: 'Niet gevonden',
      notFoundHeading: 'Deze organisatie staat niet op de sociale kaart',
      notFoundBody: 'Misschien is de vermelding weggehaald. Zoek opnieuw.',
    },
    notPublic: {
      title: 'Niet openbaar',
      heading: 'De sociale kaart is hier niet openbaar',
      body:
        'Op deze website staat de sociale kaart alleen open voor professionals die inloggen. ' +
        'Zoekt u zelf hulp? Hieronder staat wie u kunt bellen.',
    },
    loadError: 'Dit lukte nu niet. Probeer het later opnieuw.',
    // The words residents read for a few values of the directory's lists, where the
    // professionals' words (directory-values.nl.ts, which this page loads too) would not do:
    // "plegers" becomes "wie geweld gebruikt", and the like. Every other value reads the same.
    category: {
      'support-group': 'Lotgenotengroep',
      'debt-help': 'Hulp bij schulden',
      'awareness-dialogue': 'Voorlichting en gesprek',
      'perpetrator-help': 'Hulp voor wie geweld gebruikt',
    } satisfies Partial<Record<ServiceCategory, string>>,
    targetGroup: {
      'specific-communities': 'Gemeenschappen',
      perpetrators: 'Wie geweld gebruikt',
    } satisfies Partial<Record<TargetGroup, string>>,
    access: {
      'walk-in': 'Gewoon binnenlopen',
      referral: 'Via een verwijzing',
      phone: 'Eerst bellen',
    } satisfies Partial<Record<AccessRoute, string>>,
    language: {
      fa: 'Perzisch',
    } satisfies Partial<Record<DirectoryLanguage, string>>,
  },
};

export type PublicDirectoryCatalogue = typeof publicDirectoryNl;
