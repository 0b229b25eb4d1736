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
