import { DescriptionList, Paragraph } from '@amsterdam/design-system-react';
import type { ReactNode } from 'react';
import type { DirectoryLocation, DirectoryService } from '../../../shared/schemas/directory.js';
import type { ValueList } from './directoryText.js';

/**
 * What the signed-in entry page and the public page show alike of a service and a location.
 * What differs stays with the caller, on purpose: the public page passes no capacity (its
 * service has none), names its fields in residents' words, and never shows contacts,
 * confidential locations or verification (none of those pass through here).
 */

/** The fields of a service both pages can show; `capacity` only the signed-in page has. */
export type ServiceField =
  | 'categories'
  | 'targetGroups'
  | 'accessRoutes'
  | 'eligibility'
  | 'cost'
  | 'languages'
  | 'schedule'
  | 'capacity'
  | 'districts';

/** Several values of one list in words, as one line: "Vrouwen, Ouders". */
export type ValueLabels = (list: ValueList, values: readonly string[]) => string;

type ServiceFacts = Pick<DirectoryService, Exclude<ServiceField, 'capacity'>> &
  Partial<Pick<DirectoryService, 'capacity'>>;

/** A service's fields in words, in the order asked, the empty ones left out. */
export function serviceRows<Field extends ServiceField>(
  service: ServiceFacts,
  fields: readonly Field[],
  labels: ValueLabels,
): [Field, string][] {
  const text: Record<ServiceField, () => string> = {
    categories: () => labels('category', service.categories),
    targetGroups: () => labels('targetGroup', service.targetGroups),
    accessRoutes: () => labels('access', service.accessRoutes),
    eligibility: () => service.eligibility,
    cost: () => service.cost,
    languages: () => labels('language', service.languages),
    schedule: () => service.schedule,
    capacity: () => (service.capacity == null ? '' : String(service.capacity)),
    districts: () => service.districts.map((district) => district.name).join(', '),
  };
  return fields
    .map((field): [Field, string] => [field, text[field]()])
    .filter(([, value]) => value !== '');
}

/**
 * A service's details as a description list: the fields given, in that order, those left empty
 * left out. `sections` wraps each term in a section of its own (the public page's layout).
 */
export function ServiceDetails<Field extends ServiceField>({
  service,
  fields,
  fieldLabel,
  valueLabels,
  termsWidth,
  sections = false,
}: {
  service: ServiceFacts;
  fields: readonly Field[];
  fieldLabel: (field: Field) => string;
  valueLabels: ValueLabels;
  termsWidth?: 'narrow' | 'medium' | 'wide';
  sections?: boolean;
}) {
  return (
    <DescriptionList termsWidth={termsWidth}>
      {serviceRows(service, fields, valueLabels).map(([field, value]) => (
        <DetailTerm key={field} label={fieldLabel(field)} section={sections}>
          {value}
        </DetailTerm>
      ))}
    </DescriptionList>
  );
}

/** One term of a description list with its description, in a section of its own if asked. */
export function DetailTerm({
  label,
  section = false,
  children,
}: {
  label: string;
  section?: boolean;
  children: ReactNode;
}) {
  const pair = (
    <>
      <DescriptionList.Term>{label}</DescriptionList.Term>
      <DescriptionList.Description>{children}</DescriptionList.Description>
    </>
  );
  return section ? <DescriptionList.Section>{pair}</DescriptionList.Section> : pair;
}

/** A location's address on two lines: street, then postcode and city. */
export function PostalAddress({
  location,
}: {
  location: Pick<DirectoryLocation, 'streetAddress' | 'postcode' | 'city'>;
}) {
  return (
    <Paragraph>
      {location.streetAddress}
      <br />
      {location.postcode} {location.city}
    </Paragraph>
  );
}
