import type { PublicDirectoryCatalogue } from './public-directory.nl.js';

/** English words of the public page of the partner directory: the same keys as Dutch. */
export const publicDirectoryEn: PublicDirectoryCatalogue = {
  publicDirectory: {
    logoLinkTitle: 'To the start of the directory',
    navigationLabel: 'Language',
    quickExit: {
      label: 'Quick exit',
      button: 'Leave this page quickly',
      hint: 'Or press Esc twice. You will go to the weather forecast.',
    },
    help: {
      heading: 'Need help right now?',
      emergency: 'In immediate danger: call 112.',
      veiligThuis:
        'Advice or help with violence at home: call Veilig Thuis, 0800 2000. Free, day and night.',
    },
    search: {
      title: 'Find help',
      heading: 'Help with violence or tension at home',
      intro:
        'Here you find organisations in Amsterdam that help with domestic violence and child ' +
        "abuse: what they do, what they don't, for whom, and how to reach them. You do not " +
        'need to sign in.',
      formLabel: 'Search',
      q: 'What do you need help with?',
      qHint: 'For example: fathers, shelter, debts or Arabic.',
      district: 'District',
      allDistricts: 'All districts',
      category: 'Kind of help',
      allCategories: 'All kinds of help',
      resultsHeading: 'Organisations',
      found_one: '{{count}} organisation found',
      found_other: '{{count}} organisations found',
      similar: 'Nothing found with exactly these words. Perhaps you mean:',
      none: 'No organisations found. Try other words, or choose fewer filters.',
      more: 'Show more organisations',
      loading: 'Searching…',
    },
    kind: {
      informal: 'Volunteer or community organisation',
      formal: 'Professional organisation',
    },
    entry: {
      back: 'Back to search',
      loading: 'Loading…',
      whatWeDo: 'What we do',
      whatWeDoNot: "What we don't do",
      contact: 'Contact',
      phone: 'Phone',
      email: 'E-mail',
      website: 'Website',
      languages: 'Languages',
      districts: 'Districts',
      services: 'Services',
      noServices: 'This organisation has not described its services yet.',
      forWhom: 'For whom',
      categories: 'Kind of help',
      access: 'How to get in',
      eligibility: 'Conditions',
      cost: 'Cost',
      schedule: 'When',
      locations: 'Addresses',
      openingHours: 'Open',
      notFoundTitle: 'Not found',
      notFoundHeading: 'This organisation is not in the directory',
      notFoundBody: 'Perhaps the entry was removed. Search again.',
    },
    notPublic: {
      title: 'Not public',
      heading: 'The directory is not public here',
      body:
        'On this website the directory is open only to professionals who sign in. Looking ' +
        'for help yourself? Below you find whom to call.',
    },
    loadError: 'That did not work just now. Please try again later.',
    // Residents' words for a few list values; the others come from directory-values.en.ts.
    category: {
      'support-group': 'Support group',
      'debt-help': 'Help with debts',
      'awareness-dialogue': 'Information and dialogue',
      'perpetrator-help': 'Help for those who use violence',
    },
    targetGroup: {
      'specific-communities': 'Communities',
      perpetrators: 'Those who use violence',
    },
    access: {
      'walk-in': 'Just walk in',
      referral: 'Through a referral',
      phone: 'Call first',
    },
    language: {
      fa: 'Persian',
    },
  },
};
