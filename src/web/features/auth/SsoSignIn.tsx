import {
  Button,
  Column,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
} from '@amsterdam/design-system-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';

/**
 * Signing in through the organisation's own identity provider (OpenID Connect): the browser
 * goes to the server, which sends it on to the provider; it comes back signed in,
 * or to the sign-in page with `?sso=mislukt` (see SsoFailedNotice).
 */
export function SsoSignIn() {
  const { t } = useTranslation();
  const id = useId();
  const organisations = useQuery({
    queryKey: ['sso-organisations'],
    queryFn: api.ssoOrganisations,
  });
  const items = organisations.data?.items ?? [];

  // A page navigation, not a form submission: the CSP's form-action would stop the redirect
  // to the organisation's provider, which is another site.
  function goToOrganisation(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const organisation = new FormData(event.currentTarget).get('organisation');
    window.location.assign(
      `/api/v1/sso/start?organisation=${encodeURIComponent(String(organisation))}`,
    );
  }

  return (
    items.length > 0 && (
      <Column as="section" gap="small" aria-labelledby={`${id}-heading`}>
        <Heading level={2} id={`${id}-heading`}>
          {t('sso.heading')}
        </Heading>
        <Paragraph>{t('sso.intro')}</Paragraph>
        <form onSubmit={goToOrganisation}>
          <Column gap="small">
            <Field>
              <Label htmlFor={`${id}-organisation`}>{t('sso.organisation')}</Label>
              <Select id={`${id}-organisation`} name="organisation">
                {items.map((organisation) => (
                  <Select.Option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <div>
              <Button type="submit" variant="secondary">
                {t('sso.submit')}
              </Button>
            </div>
          </Column>
        </form>
      </Column>
    )
  );
}
