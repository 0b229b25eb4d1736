import type {
  DirectoryContactWrite,
  DirectoryLocationWrite,
  DirectoryProfileWrite,
  DirectoryServiceWrite,
} from '../../shared/schemas/directory.js';

/**
 * The demo's partner directory. The organisations are the ones named in the network meeting's
 * report; every description, role and service below is written by us in neutral words for the
 * demo and is not the organisation's own text. Addresses are invented, phone numbers cannot
 * exist (a subscriber number never begins with 0), e-mail addresses end in `.example`, and
 * every warm-line contact is a fictional person.
 */
export interface DemoDirectoryEntry {
  organisation: string;
  profile: Partial<DirectoryProfileWrite>;
  /** Months since the organisation last confirmed its entry; undefined: never confirmed. */
  verifiedMonthsAgo?: number;
  services: (Partial<DirectoryServiceWrite> & Pick<DirectoryServiceWrite, 'name'>)[];
  locations?: DirectoryLocationWrite[];
  contacts?: Omit<DirectoryContactWrite, 'optedIn'>[];
}

export const demoDirectory: DemoDirectoryEntry[] = [
  {
    organisation: 'Nisa 4 Nisa',
    verifiedMonthsAgo: 1,
    profile: {
      description:
        'Vrijwilligersorganisatie in Nieuw-West door en voor vrouwen. Laagdrempelig contact in ' +
        'de eigen taal en de eigen gemeenschap.',
      whatWeDo:
        'Wij luisteren naar vrouwen die thuis onveiligheid meemaken, gaan mee naar afspraken en ' +
        'helpen de weg te vinden naar hulp. Wij organiseren vrouwengroepen en voorlichting over ' +
        'huiselijk geweld.',
      whatWeDoNot:
        'Wij doen geen onderzoek naar veiligheid en nemen geen beslissingen over kinderen. Bij ' +
        'acuut gevaar schakelen wij de politie of Veilig Thuis in.',
      languages: ['nl', 'ar', 'ber', 'tr'],
      phone: '020 000 0001',
      email: 'contact@nisa4nisa.demo.example',
    },
    services: [
      {
        name: 'Vrouwengroep Nieuw-West',
        description: 'Wekelijkse groep voor vrouwen: elkaar steunen, ervaringen delen, thee.',
        categories: ['support-group', 'walk-in'],
        targetGroups: ['women', 'specific-communities'],
        accessRoutes: ['walk-in', 'phone'],
        languages: ['nl', 'ar', 'ber'],
        schedule: 'Dinsdag 10.00–12.00 uur',
        cost: 'Gratis',
        districtCodes: ['NW'],
      },
      {
        name: 'Voorlichting over huiselijk geweld',
        description: 'Gesprekken in de gemeenschap om huiselijk geweld bespreekbaar te maken.',
        categories: ['awareness-dialogue'],
        targetGroups: ['women', 'parents', 'specific-communities'],
        accessRoutes: ['phone'],
        languages: ['nl', 'ar', 'tr'],
        districtCodes: ['NW'],
      },
    ],
    locations: [
      {
        name: 'Buurthuis (demo)',
        streetAddress: 'Voorbeeldplein 12',
        postcode: '1064 ZZ',
        city: 'Amsterdam',
        openingHours: 'Dinsdag en donderdag 9.30–13.00 uur',
        confidential: false,
      },
    ],
    contacts: [
      {
        name: 'Yasmina Voorbeeld',
        role: 'Vrijwilligerscoördinator',
        phone: '020 000 0002',
        email: 'yasmina@nisa4nisa.demo.example',
      },
    ],
  },
  {
    organisation: 'Stichting ProFor',
    verifiedMonthsAgo: 2,
    profile: {
      description:
        'Stichting in Zuidoost die gezinnen en vooral ook vaders en mannen bereikt, in hun eigen ' +
        'netwerk en gemeenschap.',
      whatWeDo:
        'Wij praten met vaders en mannen over vaderschap, spanning thuis en hulp vragen — of ze ' +
        'nu slachtoffer, pleger of allebei zijn. Wij zitten aan tafel in de netwerkgroep ' +
        'Zuidoost en zetten ons in voor time-out woningen.',
      whatWeDoNot:
        'Wij zijn geen hulpverlening met een indicatie en geen meldpunt. Wij maken geen ' +
        'risicotaxatie; daarvoor verwijzen wij warm door naar formele partners.',
      languages: ['nl', 'pap', 'srn', 'en'],
      phone: '020 000 0011',
      email: 'info@profor.demo.example',
    },
    services: [
      {
        name: 'Vadergroep Zuidoost',
        description:
          'Gespreksgroep voor vaders over vaderschap, boosheid en opvoeden zonder geweld.',
        categories: ['support-group', 'perpetrator-help'],
        targetGroups: ['men-fathers', 'parents'],
        accessRoutes: ['walk-in', 'referral'],
        languages: ['nl', 'pap', 'srn'],
        schedule: 'Donderdag 19.00–21.00 uur',
        cost: 'Gratis',
        capacity: 12,
        districtCodes: ['ZO'],
      },
      {
        name: 'Time-out woning',
        description:
          'Een tijdelijke plek om even afstand te nemen als het thuis te hoog oploopt, in ' +
          'afstemming met de netwerkgroep.',
        categories: ['time-out-place'],
        targetGroups: ['men-fathers', 'women'],
        accessRoutes: ['referral'],
        languages: ['nl', 'pap', 'srn'],
        eligibility: 'Na overleg in de netwerkgroep Zuidoost.',
        capacity: 2,
        districtCodes: ['ZO'],
      },
    ],
    contacts: [
      {
        name: 'Rudy Fictief',
        role: 'Ervaringsdeskundige vaderschap',
        phone: '020 000 0012',
        email: 'rudy@profor.demo.example',
      },
    ],
  },
  {
    organisation: 'Stichting Human Empowerment',
    verifiedMonthsAgo: 8,
    profile: {
      description: 'Stichting in Zuidoost voor bewustwording en empowerment in gemeenschappen.',
      whatWeDo:
        'Wij organiseren dialoogbijeenkomsten en trainingen over huiselijk geweld en ' +
        'kindermishandeling, en helpen mensen de eerste stap naar hulp te zetten.',
      whatWeDoNot: 'Wij bieden geen opvang en geen behandeling.',
      languages: ['nl', 'en', 'tw', 'fr'],
      phone: '020 000 0021',
    },
    services: [
      {
        name: 'Dialoogavonden',
        description: 'Open avonden over taboes rond geweld in het gezin.',
        categories: ['awareness-dialogue', 'training'],
        targetGroups: ['specific-communities', 'parents'],
        accessRoutes: ['walk-in'],
        languages: ['nl', 'en', 'tw'],
        schedule: 'Eens per maand op woensdagavond',
        districtCodes: ['ZO'],
      },
    ],
  },
  {
    organisation: 'House of B',
    profile: {
      description: 'Gemeenschap en ontmoetingsplek voor LHBTIQ+ mensen.',
      whatWeDo:
        'Wij maken huiselijk geweld bespreekbaar in de LHBTIQ+ gemeenschap en zijn een veilige ' +
        'plek om erover te praten.',
      whatWeDoNot: 'Wij doen geen meldingen namens iemand en bieden geen opvang.',
      languages: ['nl', 'en', 'pap'],
    },
    services: [
      {
        name: 'Inloop voor LHBTIQ+',
        description: 'Inloop om te praten over veiligheid thuis en in relaties.',
        categories: ['walk-in', 'awareness-dialogue'],
        targetGroups: ['lgbtqi', 'children-youth'],
        accessRoutes: ['walk-in'],
        languages: ['nl', 'en'],
        schedule: 'Vrijdag 16.00–19.00 uur',
        districtCodes: ['ZO'],
      },
    ],
  },
  {
    organisation: 'Blijf Groep',
    verifiedMonthsAgo: 3,
    profile: {
      description: 'Organisatie voor hulp bij huiselijk geweld, met opvang en ambulante hulp.',
      whatWeDo:
        'Wij bieden veilige opvang, ambulante hulp aan slachtoffers, plegers en kinderen, en ' +
        'trainingen voor professionals, zoals gespreksvaardigheid met plegers.',
      whatWeDoNot:
        'Wij doen geen strafrechtelijk onderzoek. Het adres van de opvang delen wij niet.',
      languages: ['nl', 'en', 'ar', 'tr'],
      phone: '020 000 0031',
      email: 'aanmelden@blijfgroep.demo.example',
    },
    services: [
      {
        name: 'Vrouwenopvang',
        description: 'Veilige opvang voor wie thuis niet veilig is, met kinderen.',
        categories: ['shelter'],
        targetGroups: ['women', 'children-youth'],
        accessRoutes: ['referral', 'phone'],
        languages: ['nl', 'en', 'ar', 'tr'],
        schedule: 'Dag en nacht bereikbaar',
        capacity: 40,
        districtCodes: ['NW', 'ZO'],
      },
      {
        name: 'Training Praten met plegers',
        description: 'Training voor hulpverleners in het gesprek met plegers en vaders.',
        categories: ['training'],
        targetGroups: ['professionals'],
        accessRoutes: ['phone'],
        languages: ['nl'],
        cost: 'Op aanvraag',
        districtCodes: ['NW', 'ZO'],
      },
    ],
    locations: [
      {
        name: 'Opvanglocatie (demo)',
        streetAddress: 'Geheimstraat 1',
        postcode: '1000 AA',
        city: 'Amsterdam',
        openingHours: '',
        confidential: true,
      },
    ],
    contacts: [
      {
        name: 'Marieke Verzonnen',
        role: 'Aandachtsfunctionaris opvang',
        phone: '020 000 0032',
        email: 'marieke@blijfgroep.demo.example',
      },
    ],
  },
  {
    organisation: 'Buurtteam Amsterdam Nieuw-West',
    verifiedMonthsAgo: 7,
    profile: {
      description: 'Het buurtteam voor vragen over geld, wonen, opvoeden en relaties.',
      whatWeDo:
        'Wij bieden gratis hulp aan bewoners bij geldzorgen, opvoeding en relaties, ook als er ' +
        'spanning of geweld in het gezin is.',
      whatWeDoNot: 'Wij zijn geen spoedhulp. Bij acute onveiligheid: bel 112.',
      languages: ['nl', 'en', 'ar', 'tr'],
      phone: '020 000 0041',
    },
    services: [
      {
        name: 'Schuldhulp en geldzorgen',
        description: 'Samen overzicht maken van geld en schulden.',
        categories: ['debt-help'],
        targetGroups: ['parents', 'women', 'men-fathers'],
        accessRoutes: ['walk-in', 'phone'],
        languages: ['nl', 'ar', 'tr'],
        cost: 'Gratis',
        districtCodes: ['NW'],
      },
    ],
  },
  {
    organisation: 'Buurtteam Amsterdam Zuidoost',
    verifiedMonthsAgo: 1,
    profile: {
      description: 'Het buurtteam voor vragen over geld, wonen, opvoeden en relaties.',
      whatWeDo: 'Wij bieden gratis hulp aan bewoners van Zuidoost bij geld, wonen en opvoeden.',
      whatWeDoNot: 'Wij zijn geen spoedhulp. Bij acute onveiligheid: bel 112.',
      languages: ['nl', 'en', 'pap', 'srn'],
      phone: '020 000 0051',
    },
    services: [
      {
        name: 'Inloopspreekuur buurtteam',
        description: 'Zonder afspraak langskomen met een vraag.',
        categories: ['walk-in', 'debt-help'],
        targetGroups: ['parents', 'women', 'men-fathers', 'elderly'],
        accessRoutes: ['walk-in'],
        languages: ['nl', 'en', 'srn'],
        schedule: 'Maandag tot en met vrijdag 9.00–12.00 uur',
        districtCodes: ['ZO'],
      },
    ],
  },
  {
    organisation: 'Ouder- en Kindteams Amsterdam',
    verifiedMonthsAgo: 2,
    profile: {
      description: 'Ondersteuning bij opgroeien en opvoeden, voor ouders, kinderen en jongeren.',
      whatWeDo: 'Wij helpen ouders en kinderen bij zorgen over opvoeden en opgroeien.',
      whatWeDoNot: 'Wij nemen geen maatregelen over het gezag; dat doet de rechter.',
      languages: ['nl', 'en'],
    },
    services: [
      {
        name: 'Kinderondersteuning na huiselijk geweld',
        description: 'Gesprekken met kinderen die thuis geweld hebben meegemaakt.',
        categories: ['child-support'],
        targetGroups: ['children-youth', 'parents'],
        accessRoutes: ['referral', 'phone'],
        languages: ['nl', 'en'],
        districtCodes: ['NW', 'ZO'],
      },
    ],
  },
  {
    organisation: 'Veilig Thuis Amsterdam-Amstelland',
    verifiedMonthsAgo: 1,
    profile: {
      description: 'Advies- en meldpunt huiselijk geweld en kindermishandeling.',
      whatWeDo:
        'Advies voor iedereen met zorgen over huiselijk geweld of kindermishandeling, het ' +
        'aannemen van meldingen, en onderzoek naar de veiligheid.',
      whatWeDoNot: 'Wij bieden zelf geen langdurige hulp; wij zorgen dat die er komt.',
      languages: ['nl', 'en'],
      phone: '0800-2000',
    },
    services: [
      {
        name: 'Advies en melding',
        description: 'Bel voor advies of om een melding te doen, ook anoniem.',
        categories: ['legal-aid'],
        targetGroups: ['women', 'men-fathers', 'children-youth', 'elderly', 'professionals'],
        accessRoutes: ['phone'],
        languages: ['nl', 'en'],
        schedule: 'Dag en nacht bereikbaar',
        cost: 'Gratis',
        districtCodes: ['NW', 'ZO'],
      },
    ],
  },
  {
    organisation: 'Reclassering Nederland',
    verifiedMonthsAgo: 4,
    profile: {
      description: 'Toezicht en begeleiding van verdachten en veroordeelden.',
      whatWeDo: 'Wij werken met plegers aan gedragsverandering en houden toezicht op afspraken.',
      whatWeDoNot: 'Wij bieden geen hulp aan slachtoffers.',
      languages: ['nl'],
    },
    services: [
      {
        name: 'Plegerhulp en toezicht',
        description: 'Begeleiding en toezicht bij een straf of maatregel.',
        categories: ['perpetrator-help'],
        targetGroups: ['perpetrators', 'men-fathers'],
        accessRoutes: ['referral'],
        languages: ['nl'],
        districtCodes: ['NW', 'ZO'],
      },
    ],
  },
  {
    organisation: 'De Waag',
    verifiedMonthsAgo: 9,
    profile: {
      description: 'Ambulante forensische zorg.',
      whatWeDo: 'Wij behandelen mensen die geweld gebruiken of dreigen te gebruiken.',
      whatWeDoNot: 'Wij bieden geen opvang.',
      languages: ['nl', 'en'],
    },
    services: [
      {
        name: 'Behandeling bij geweld',
        description: 'Behandeling om geweld te stoppen, individueel of in een groep.',
        categories: ['treatment', 'perpetrator-help'],
        targetGroups: ['perpetrators', 'men-fathers', 'women'],
        accessRoutes: ['referral'],
        languages: ['nl', 'en'],
        districtCodes: ['NW', 'ZO'],
      },
    ],
  },
  {
    organisation: 'Jeugdbescherming Regio Amsterdam',
    profile: {
      description: 'Jeugdbescherming en jeugdreclassering.',
      whatWeDo: 'Wij voeren kinderbeschermingsmaatregelen uit die de rechter oplegt.',
      whatWeDoNot: 'Wij bieden geen vrijwillige hulp zonder maatregel.',
      languages: ['nl'],
    },
    services: [],
  },
  {
    organisation: 'Politie Eenheid Amsterdam',
    profile: {
      description: 'De politie in Amsterdam.',
      whatWeDo: 'Wij grijpen in bij acuut gevaar en nemen aangiftes op. Bij spoed: bel 112.',
      whatWeDoNot: 'Wij bieden geen hulpverlening.',
      languages: ['nl', 'en'],
    },
    services: [],
  },
];
