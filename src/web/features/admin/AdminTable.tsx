import { Table } from '@amsterdam/design-system-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A column's heading; numbers are aligned to the end. */
export type AdminColumn = string | { label: string; align: 'end' };

/**
 * A captioned table on a managers' page, a row an item (`row` gives each its key). With
 * `actions`, a last column of buttons, its heading for screen readers only.
 */
export function AdminTable<T>({
  captionId,
  caption,
  columns,
  actions = false,
  items,
  row,
}: {
  captionId: string;
  caption: string;
  columns: AdminColumn[];
  actions?: boolean;
  items: T[];
  row(item: T): ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table>
      <Table.Caption id={captionId}>{caption}</Table.Caption>
      <Table.Header>
        <Table.Row>
          {columns.map((column) => {
            const { label, align } =
              typeof column === 'string' ? { label: column, align: undefined } : column;
            return (
              <Table.HeaderCell key={label} scope="col" align={align}>
                {label}
              </Table.HeaderCell>
            );
          })}
          {actions && (
            <Table.HeaderCell scope="col">
              <span className="ams-visually-hidden">{t('admin.actions')}</span>
            </Table.HeaderCell>
          )}
        </Table.Row>
      </Table.Header>
      <Table.Body>{items.map((item) => row(item))}</Table.Body>
    </Table>
  );
}
