import type { OrganisationKind } from '../../shared/schemas/organisation.js';

/**
 * The fictional demo. Organisation names are public facts (they appear in the network
 * meeting's report); which districts each serves is our own simplification for the demo.
 * No person from the report appears here, nor anywhere in the demo.
 */
export const demoDistricts = [
  { code: 'NW', name: 'Nieuw-West' },
  { code: 'ZO', name: 'Zuidoost' },
] as const;

export type DistrictCode = (typeof demoDistricts)[number]['code'];

const both: DistrictCode[] = ['NW', 'ZO'];

export const demoOrganisations: {
  name: string;
  kind: OrganisationKind;
  districts: DistrictCode[];
}[] = [
  // Informal partners: community foundations.
  { name: 'Nisa 4 Nisa', kind: 'informal', districts: ['NW'] },
  { name: 'Stichting ProFor', kind: 'informal', districts: ['ZO'] },
  { name: 'Stichting Human Empowerment', kind: 'informal', districts: ['ZO'] },
  { name: 'House of B', kind: 'informal', districts: ['ZO'] },
  // Formal partners.
  { name: 'Blijf Groep', kind: 'formal', districts: both },
  { name: 'Buurtteam Amsterdam Nieuw-West', kind: 'formal', districts: ['NW'] },
  { name: 'Buurtteam Amsterdam Zuidoost', kind: 'formal', districts: ['ZO'] },
  { name: 'Ouder- en Kindteams Amsterdam', kind: 'formal', districts: both },
  { name: 'Veilig Thuis Amsterdam-Amstelland', kind: 'formal', districts: both },
  { name: 'Jeugdbescherming Regio Amsterdam', kind: 'formal', districts: both },
  { name: 'Reclassering Nederland', kind: 'formal', districts: both },
  { name: 'Politie Eenheid Amsterdam', kind: 'formal', districts: both },
  { name: 'Sipi', kind: 'formal', districts: both },
  { name: 'Wijk Actie Team Zuidoost', kind: 'formal', districts: ['ZO'] },
  { name: 'Dienst Justitiële Instellingen (DJI)', kind: 'formal', districts: both },
  { name: 'Openbaar Ministerie', kind: 'formal', districts: both },
  { name: 'De Waag', kind: 'formal', districts: both },
  { name: 'Hogeschool van Amsterdam', kind: 'formal', districts: both },
  { name: 'Gemeente Amsterdam', kind: 'formal', districts: both },
];

/** Every demo user signs in with this password and, where a second factor is due, this TOTP secret. */
export const demoPassword = 'Oefenen-met-de-demo-2026';
export const demoTotpSecret = 'M72PZKKZ7DLWNIKHXUUWA5SUVG4HLJ63';

export const demoNetworkGroups = [
  { district: 'NW', name: 'Netwerkgroep Nieuw-West' },
  { district: 'ZO', name: 'Netwerkgroep Zuidoost' },
] as const;

type DemoRole =
  | { role: 'admin' }
  | { role: 'coordinator' | 'analyst'; district: DistrictCode }
  | { role: 'director' | 'member'; networkGroupOf: DistrictCode };

/**
 * Fictional demo users, one per role and district. Farah and Kiki are the fictional
 * professionals of the journeys; every other name says only what the account is for.
 */
export const demoUsers: {
  email: string;
  displayName: string;
  organisation: string;
  roles: DemoRole[];
}[] = [
  {
    email: 'beheer@demo.schakel.example',
    displayName: 'Demo Beheerder',
    organisation: 'Gemeente Amsterdam',
    roles: [{ role: 'admin' }],
  },
  {
    email: 'coordinator.nw@demo.schakel.example',
    displayName: 'Demo Coördinator Nieuw-West',
    organisation: 'Gemeente Amsterdam',
    roles: [{ role: 'coordinator', district: 'NW' }],
  },
  {
    email: 'coordinator.zo@demo.schakel.example',
    displayName: 'Demo Coördinator Zuidoost',
    organisation: 'Gemeente Amsterdam',
    roles: [{ role: 'coordinator', district: 'ZO' }],
  },
  {
    email: 'regisseur.nw@demo.schakel.example',
    displayName: 'Demo Netwerkregisseur Nieuw-West',
    organisation: 'Blijf Groep',
    roles: [{ role: 'director', networkGroupOf: 'NW' }],
  },
  {
    email: 'regisseur.zo@demo.schakel.example',
    displayName: 'Demo Netwerkregisseur Zuidoost',
    organisation: 'Blijf Groep',
    roles: [{ role: 'director', networkGroupOf: 'ZO' }],
  },
  {
    email: 'farah@demo.schakel.example',
    displayName: 'Farah (demo)',
    organisation: 'Nisa 4 Nisa',
    roles: [{ role: 'member', networkGroupOf: 'NW' }],
  },
  {
    email: 'kiki@demo.schakel.example',
    displayName: 'Kiki (demo)',
    organisation: 'Buurtteam Amsterdam Nieuw-West',
    roles: [{ role: 'member', networkGroupOf: 'NW' }],
  },
  {
    email: 'informeel.zo@demo.schakel.example',
    displayName: 'Demo Lid Informeel Zuidoost',
    organisation: 'Stichting ProFor',
    roles: [{ role: 'member', networkGroupOf: 'ZO' }],
  },
  {
    email: 'formeel.zo@demo.schakel.example',
    displayName: 'Demo Lid Formeel Zuidoost',
    organisation: 'Buurtteam Amsterdam Zuidoost',
    roles: [{ role: 'member', networkGroupOf: 'ZO' }],
  },
  {
    email: 'analist@demo.schakel.example',
    displayName: 'Demo Analist',
    organisation: 'Hogeschool van Amsterdam',
    roles: [{ role: 'analyst', district: 'NW' }],
  },
];
