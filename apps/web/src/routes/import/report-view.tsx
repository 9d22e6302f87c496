import { Alert, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { wordError } from '../../lib/graphql-error';
import type { ImportReport, ReportRow } from './upload-file';

const COUNTS = ['rowsRead', 'filteredOut', 'created', 'updated', 'unchanged', 'kept', 'skipped', 'rejected'] as const;

// The API names a row's field as the validators do; the page names the column it came from.
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  organizationId: 'organization',
  personAId: 'personA',
  personBId: 'personB',
  municipalityName: 'municipality',
};

/** A field of an imported row in the reader's words: the import page's name for it, else the form's. */
export function fieldLabel(t: TFunction, exists: (key: string) => boolean, field: string): string {
  const head = field.split('.')[0] ?? field;
  const key = FIELD_ALIASES[head] ?? head;
  if (exists(`importPage.fields.${key}`)) return t(`importPage.fields.${key}`);
  if (exists(`fields.${key}`)) return t(`fields.${key}`);
  return key;
}

/** Why a row was left out, from its problem code: a field's refusal under the field's name, or the row's own. */
export function rowProblem(t: TFunction, exists: (key: string) => boolean, row: Pick<ReportRow, 'problem' | 'field' | 'params'>): string {
  if (row.field) {
    return `${fieldLabel(t, exists, row.field)}: ${wordError({ code: 'BAD_USER_INPUT', reason: row.problem, params: row.params })}`;
  }
  return wordError({ code: 'IMPORT_ROW', reason: row.problem, params: row.params });
}

function RowTable({ title, rows }: { title: string; rows: readonly { line: number; key: string | null; why: string }[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text fw={600}>{title}</Text>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('importPage.report.line')}</Table.Th>
            <Table.Th>{t('importPage.report.key')}</Table.Th>
            <Table.Th>{t('importPage.report.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.line}-${row.key ?? ''}`}>
              <Table.Td>{row.line}</Table.Td>
              <Table.Td>{row.key}</Table.Td>
              <Table.Td>{row.why}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** What an import did or would do: the counts, the rows kept because a coordinator edited them, the rejected and skipped rows. */
export function ReportView({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const kept = report.changes.filter((change) => change.action === 'kept');
  const worded = (rows: readonly ReportRow[]) => rows.map((row) => ({ line: row.line, key: row.key, why: rowProblem(t, exists, row) }));
  return (
    <Stack>
      <Alert color={report.dryRun ? 'blue' : 'green'}>
        {report.dryRun ? t('importPage.report.dryRunDone') : t('importPage.report.done')}
      </Alert>
      <Table withTableBorder maw={420} aria-label={t('importPage.title')}>
        <Table.Tbody>
          {COUNTS.map((count) => (
            <Table.Tr key={count}>
              <Table.Td>{t(`importPage.report.${count}`)}</Table.Td>
              <Table.Td ta="right">{report[count].toLocaleString(i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {kept.length > 0 && (
        <RowTable
          title={t('importPage.report.kept')}
          rows={kept.map((change) => ({
            line: change.line,
            key: `${change.key} ${change.name}`,
            why: change.fields.map((field) => fieldLabel(t, exists, field)).join(', '),
          }))}
        />
      )}
      <RowTable title={t('importPage.report.rejected')} rows={worded(report.rejectedRows)} />
      <RowTable title={t('importPage.report.skipped')} rows={worded(report.skippedRows)} />
      {report.listsTruncated && <Text c="dimmed">{t('importPage.report.truncated')}</Text>}
    </Stack>
  );
}
