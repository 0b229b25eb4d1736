import { LinkList } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { useDistricts } from '../../lib/queries.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { directoryPaths } from './directoryPaths.js';

/** A link to the who-is-who of every district, but the one shown already (`current`). */
export function WhoIsWhoLinks({ current }: { current?: string }) {
  const { t } = useTranslation();
  const districts = useDistricts();
  const others = (districts.data?.items ?? []).filter((district) => district.code !== current);
  if (others.length === 0) return null;
  return (
    <LinkList>
      {others.map((district) => (
        <LinkList.Link
          key={district.code}
          href={directoryPaths.whoIsWho(district.code)}
          linkComponent={RouterLink}
        >
          {t('directory.search.whoIsWhoLink', { district: district.name })}
        </LinkList.Link>
      ))}
    </LinkList>
  );
}
