import { Button, Column, Heading, Paragraph, Table } from '@amsterdam/design-system-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDateTime } from '../../../lib/dates.js';
import { PageLinks, pageFrom } from '../../../lib/PageLinks.js';
import { QueryState } from '../../../lib/QueryState.js';
import { AdminTable } from '../../admin/AdminTable.js';
import { actionLabel } from '../../audit/auditText.js';
import { useEntryHistory } from './directoryEditQueries.js';

/**
 * "Geschiedenis": who changed the entry, when, and what, newest first. It names people, so the
 * server records every read of it: it is fetched when the editor asks (or opens a later page
 * of it, `?page=2`), not with every visit.
 */
export function HistorySection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const [params] = useSearchParams();
  const [asked, setAsked] = useState(false);
  const shown = asked || params.has('page');
  const history = useEntryHistory(organisationId, pageFrom(params), shown);

  return (
    <Column as="section" gap="small" aria-labelledby="history-heading">
      <Heading level={2} id="history-heading">
        {t('directoryEdit.history.heading')}
      </Heading>
      <Paragraph>{t('directoryEdit.history.intro')}</Paragraph>
      {!shown ? (
        <div>
          <Button variant="secondary" onClick={() => setAsked(true)}>
            {t('directoryEdit.history.show')}
          </Button>
        </div>
      ) : (
        <QueryState query={history}>
          {(data) =>
            data.items.length === 0 ? (
              <Paragraph>{t('directoryEdit.history.none')}</Paragraph>
            ) : (
              <>
                <div className="schakel-table-scroll">
                  <AdminTable
                    captionId="history-caption"
                    caption={t('directoryEdit.history.caption', { count: data.total })}
                    columns={[
                      t('directoryEdit.history.at'),
                      t('directoryEdit.history.who'),
                      t('directoryEdit.history.organisation'),
                      t('directoryEdit.history.what'),
                    ]}
                    items={data.items}
                    row={(item) => (
                      <Table.Row key={`${item.at}-${item.action}-${item.user?.id ?? ''}`}>
                        <Table.Cell>{dateTime(item.at)}</Table.Cell>
                        <Table.Cell>
                          {item.user
                            ? (item.user.name ?? t('directoryEdit.history.unknown'))
                            : t('directoryEdit.history.system')}
                        </Table.Cell>
                        <Table.Cell>{item.organisation?.name ?? ''}</Table.Cell>
                        <Table.Cell>{actionLabel(t, item.action)}</Table.Cell>
                      </Table.Row>
                    )}
                  />
                </div>
                <PageLinks list={data} params={params} />
              </>
            )
          }
        </QueryState>
      )}
    </Column>
  );
}
