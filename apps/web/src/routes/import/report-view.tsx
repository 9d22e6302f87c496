import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ReportRow } from './upload-file';

const COUNTS = ['rowsRead', 'filteredOut', 'created', 'updated', 'unchanged', 'kept', 'skipped', 'rejected'] as const;

function RowTable({ title, rows }: { title: string; rows: readonly ReportRow[] }) {
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
              <Table.Td>{row.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** What an import did or would do: the counts, the rows kept because a coordinator edited them, the rejected and skipped rows. */
export function ReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const kept = report.changes.filter((change) => change.action === 'kept');
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
              <Table.Td ta="right">{report[count].toLocaleString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {kept.length > 0 && (
        <RowTable
          title={t('importPage.report.kept')}
          rows={kept.map((change) => ({ line: change.line, key: `${change.key} ${change.name}`, reason: change.fields.join(', ') }))}
        />
      )}
      <RowTable title={t('importPage.report.rejected')} rows={report.rejectedRows} />
      <RowTable title={t('importPage.report.skipped')} rows={report.skippedRows} />
      {report.listsTruncated && <Text c="dimmed">{t('importPage.report.truncated')}</Text>}
    </Stack>
  );
}
