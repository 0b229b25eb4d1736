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

type DistrictCode = (typeof demoDistricts)[number]['code'];

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
