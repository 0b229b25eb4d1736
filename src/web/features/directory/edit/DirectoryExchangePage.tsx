import {
  Alert,
  Breadcrumb,
  Button,
  Column,
  ErrorMessage,
  Field,
  FieldSet,
  FileInput,
  Grid,
  Heading,
  Label,
  Link,
  OrderedList,
  Paragraph,
  Radio,
  Row,
  Select,
  UnorderedList,
} from '@amsterdam/design-system-react';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DirectoryImportResult,
  directoryImportErrorCodes,
  type ExchangeFormat,
  exchangeFormats,
  maxImportCharacters,
} from '../../../../shared/schemas/directory-exchange.js';
import type { FieldError } from '../../../../shared/schemas/problem.js';
import { ApiError } from '../../../lib/api.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import { errorFor, type FormError } from '../../../lib/formErrors.js';
import { useDistricts } from '../../../lib/queries.js';
import { RouterLink } from '../../../lib/RouterLink.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { PermissionGate } from '../../admin/PermissionGate.js';
import { useAdminMutation } from '../../admin/useAdminMutation.js';
import { useFocusOnChange } from '../../auth/useFocusOnChange.js';
import { directoryPaths } from '../directoryPaths.js';
import { exportHref, formatOf, importDirectory } from './directoryExchangeApi.js';
import './directoryEdit.css';

/** /sociale-kaart/uitwisselen — the directory as a file (CSV, HSDS JSON), out and in. */
export function DirectoryExchangePage() {
  return <PermissionGate actions={['organisations.manage']}>{() => <Exchange />}</PermissionGate>;
}

/** What came of the last import: the counts, or every error of the file (nothing written). */
type Result =
  | { kind: 'done'; result: DirectoryImportResult; at: number }
  | { kind: 'refused'; errors: FieldError[]; at: number };

function Exchange() {
  const { t } = useTranslation();
  const [errorCount, setErrorCount] = useState(0);
  usePageTitle(t('directoryEdit.exchange.title'), errorCount);
  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <Breadcrumb accessibleName={t('directoryEdit.breadcrumb')}>
            <Breadcrumb.Link href={directoryPaths.search} linkComponent={RouterLink}>
              {t('directoryEdit.directory')}
            </Breadcrumb.Link>
          </Breadcrumb>
          <Heading level={1}>{t('directoryEdit.exchange.heading')}</Heading>
          <Paragraph>{t('directoryEdit.exchange.intro')}</Paragraph>
        </Column>
      </Grid.Cell>
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="x-large">
          <ExportSection />
          <ImportSection onErrorCount={setErrorCount} />
        </Column>
      </Grid.Cell>
    </Grid>
  );
}

/**
 * "Downloaden": two links, for the whole directory or one district. Everyone signed in may
 * download it (it holds no contacts and no confidential address).
 */
function ExportSection() {
  const { t } = useTranslation();
  const districts = useDistricts();
  const [district, setDistrict] = useState('');

  return (
    <Column as="section" gap="small" aria-labelledby="export-heading">
      <Heading level={2} id="export-heading">
        {t('directoryEdit.exchange.exportHeading')}
      </Heading>
      <Paragraph>{t('directoryEdit.exchange.exportIntro')}</Paragraph>
      <Field className="schakel-search-field">
        <Label htmlFor="export-district">{t('directoryEdit.exchange.district')}</Label>
        <Select
          id="export-district"
          value={district}
          onChange={(event) => setDistrict(event.target.value)}
        >
          <Select.Option value="">{t('directoryEdit.exchange.allDistricts')}</Select.Option>
          {(districts.data?.items ?? []).map((item) => (
            <Select.Option key={item.code} value={item.code}>
              {item.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Paragraph>
        <Link href={exportHref('csv', district)} download>
          {t('directoryEdit.exchange.downloadCsv')}
        </Link>
        <br />
        <Link href={exportHref('hsds', district)} download>
          {t('directoryEdit.exchange.downloadHsds')}
        </Link>
      </Paragraph>
    </Column>
  );
}

/**
 * "Inlezen": a file, checked first if the manager likes (a dry run), then read in. The server
 * checks the whole file and writes all of it or nothing; every error comes back with its line.
 */
function ImportSection({ onErrorCount }: { onErrorCount(count: number): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File>();
  const [format, setFormat] = useState<ExchangeFormat>('csv');
  const [result, setResult] = useState<Result>();

  const run = useAdminMutation({
    mutationFn: async ({ dryRun }: { dryRun: boolean }) => {
      if (!file) throw new Error('no file');
      let content: string;
      try {
        content = await file.text();
      } catch {
        throw new UnreadableFile();
      }
      return importDirectory({ format, content, dryRun });
    },
    onMutate: () => setResult(undefined),
    onSuccess: (answer) => {
      setResult({ kind: 'done', result: answer, at: Date.now() });
      if (!answer.dryRun) {
        // New and changed organisations: every list of them is fetched anew when next shown.
        void queryClient.invalidateQueries({
          predicate: (query) =>
            query.queryKey.includes('directory') || query.queryKey.includes('organisations'),
        });
      }
    },
    intercept: (error) => {
      if (error instanceof UnreadableFile) {
        run.showErrors([
          { field: 'import-file', message: t('directoryEdit.exchange.fileUnreadable') },
        ]);
        return true;
      }
      if (error instanceof ApiError && error.status === 413) {
        run.showErrors([{ field: 'import-file', message: t('directoryEdit.exchange.tooLarge') }]);
        return true;
      }
      if (error instanceof ApiError && (error.status === 422 || error.status === 400)) {
        const errors = error.errors;
        if (errors.length > 0) {
          setResult({ kind: 'refused', errors, at: Date.now() });
          return true;
        }
      }
      return false;
    },
  });
  const { errors } = run;
  // The page's title counts the errors (NL Design System).
  useEffect(() => onErrorCount(errors.length), [onErrorCount, errors.length]);

  function start(dryRun: boolean) {
    if (run.isPending) return;
    const found: FormError[] = [];
    if (!file)
      found.push({ field: 'import-file', message: t('directoryEdit.exchange.fileMissing') });
    else if (file.size > maxImportCharacters) {
      found.push({ field: 'import-file', message: t('directoryEdit.exchange.fileTooLarge') });
    }
    run.showErrors(found);
    if (found.length === 0) run.mutate({ dryRun });
  }

  const fileError = errorFor(errors, 'import-file');
  return (
    <Column as="section" gap="small" aria-labelledby="import-heading">
      <Heading level={2} id="import-heading">
        {t('directoryEdit.exchange.importHeading')}
      </Heading>
      <Paragraph>{t('directoryEdit.exchange.importIntro')}</Paragraph>
      <Paragraph>{t('directoryEdit.exchange.importRules')}</Paragraph>
      <ImportResult value={result} />
      <ErrorSummary errors={errors} attempt={run.attempt} />
      <form
        noValidate
        aria-labelledby="import-heading"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          start(true);
        }}
      >
        <Column gap="large">
          <Field invalid={Boolean(fileError)}>
            <Label htmlFor="import-file">{t('directoryEdit.exchange.file')}</Label>
            <Paragraph id="import-file-description" size="small">
              {t('directoryEdit.exchange.fileHint')}
            </Paragraph>
            {fileError && (
              <ErrorMessage id="import-file-error" prefix={t('form.errorPrefix')}>
                {fileError}
              </ErrorMessage>
            )}
            <FileInput
              id="import-file"
              name="file"
              accept=".csv,.json,text/csv,application/json"
              aria-describedby={`import-file-description${fileError ? ' import-file-error' : ''}`}
              aria-invalid={fileError ? true : undefined}
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                setFile(chosen);
                setResult(undefined);
                const guessed = chosen && formatOf(chosen.name);
                if (guessed) setFormat(guessed);
              }}
            />
          </Field>
          <FieldSet
            legend={t('directoryEdit.exchange.format')}
            aria-describedby="import-format-description"
          >
            <Paragraph id="import-format-description" size="small">
              {t('directoryEdit.exchange.formatHint')}
            </Paragraph>
            <Column gap="x-small">
              {exchangeFormats.map((value) => (
                <Radio
                  key={value}
                  id={`import-format-${value}`}
                  name="format"
                  value={value}
                  checked={format === value}
                  onChange={() => setFormat(value)}
                >
                  {t(`directoryEdit.exchange.${value}`)}
                </Radio>
              ))}
            </Column>
          </FieldSet>
          <Row gap="small" wrap>
            <Button type="submit" variant="secondary">
              {t('directoryEdit.exchange.check')}
            </Button>
            <Button onClick={() => start(false)}>{t('directoryEdit.exchange.import')}</Button>
            {run.isPending && <Paragraph aria-live="polite">{t('form.busy')}</Paragraph>}
          </Row>
        </Column>
      </form>
    </Column>
  );
}

class UnreadableFile extends Error {}

/** The server lists at most this many errors of a file (its `maxListedImportErrors`). */
const listedAtMost = 1000;

/** Where in the file an error is: its line and column (CSV), its path (HSDS), or the whole. */
function place(t: TFunction, error: FieldError): string {
  const column = error.path && error.path !== 'content' ? error.path : '';
  if (error.line !== undefined && column) {
    return t('directoryEdit.exchange.lineColumn', { line: error.line, column });
  }
  if (error.line !== undefined) return t('directoryEdit.exchange.line', { line: error.line });
  if (column) return t('directoryEdit.exchange.at', { path: column });
  return t('directoryEdit.exchange.whole');
}

/** The error in the user's language where its code says what it is; else the API's words. */
function describe(t: TFunction, error: FieldError): string {
  const code = directoryImportErrorCodes.find((known) => known === error.code);
  return code ? t(`directoryEdit.exchange.code.${code}`) : error.message;
}

function ImportResult({ value }: { value: Result | undefined }) {
  const { t } = useTranslation();
  const ref = useFocusOnChange<HTMLDivElement>(value?.at);
  if (!value) return null;
  if (value.kind === 'refused') {
    return (
      <Alert
        ref={ref}
        tabIndex={-1}
        severity="error"
        heading={t('directoryEdit.exchange.rejected', { count: value.errors.length })}
        headingLevel={3}
      >
        <Paragraph>{t('directoryEdit.exchange.rejectedBody')}</Paragraph>
        {value.errors.length >= listedAtMost && (
          <Paragraph>
            {t('directoryEdit.exchange.firstErrors', { count: value.errors.length })}
          </Paragraph>
        )}
        <OrderedList
          className="schakel-import-errors"
          aria-label={t('directoryEdit.exchange.errorsLabel')}
        >
          {value.errors.map((error, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list of one answer never moves
            <OrderedList.Item key={index}>
              <strong>{place(t, error)}</strong>: {describe(t, error)}
            </OrderedList.Item>
          ))}
        </OrderedList>
      </Alert>
    );
  }
  const { result } = value;
  const counts = [
    ['organisationsCreated', result.organisations.created],
    ['organisationsUpdated', result.organisations.updated],
    ['organisationsUnchanged', result.organisations.unchanged],
    ['servicesCreated', result.services.created],
    ['servicesUpdated', result.services.updated],
    ['servicesUnchanged', result.services.unchanged],
  ] as const;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      severity="success"
      heading={
        result.dryRun ? t('directoryEdit.exchange.checked') : t('directoryEdit.exchange.imported')
      }
      headingLevel={3}
    >
      <Paragraph>
        {result.dryRun
          ? t('directoryEdit.exchange.checkedBody')
          : t('directoryEdit.exchange.importedBody')}
      </Paragraph>
      <UnorderedList>
        {counts.map(([key, n]) => (
          <UnorderedList.Item key={key}>
            {t(`directoryEdit.exchange.${key}`, { n })}
          </UnorderedList.Item>
        ))}
      </UnorderedList>
    </Alert>
  );
}
