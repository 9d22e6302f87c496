import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementBar } from './agreement-bars';

/** The agreements chart's figures as a table: every group of every period, "<5" included. */
export function AgreementsTable({
  bars,
  values,
  label,
  by,
}: {
  bars: readonly AgreementBar[];
  values: readonly string[];
  label: (value: string) => string;
  by: string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped withTableBorder tabularNums fz="xs" captionSide="top">
        <Table.Caption>{t('analytics.research.agreements.tableCaption', { by })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('analytics.research.agreements.period')}</Table.Th>
            {values.map((v) => (
              <Table.Th key={v} scope="col" ta="right">
                {label(v)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bars.map((bar) => (
            <Table.Tr key={bar.period}>
              <Table.Th scope="row">{bar.period}</Table.Th>
              {values.map((v) => (
                <Table.Td key={v} ta="right">
                  {bar[`${v}:label`] ?? '–'}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
