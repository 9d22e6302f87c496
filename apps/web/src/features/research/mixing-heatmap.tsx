import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { SECTORS, type Sector } from '@brobygger/domain';
import { ChartCard } from './chart-card';
import { formatCount, isSuppressed, type CountValue } from './count';

export interface MixingCellData {
  from: Sector;
  to: Sector;
  count: CountValue;
}

/** Below this width (px) the sector names are abbreviated: three full names do not fit side by side. */
export const SHORT_LABELS_BELOW = 440;

/** The text in every cell: Mantine's dark grey, readable (4.5:1 or more) on every fill below. */
export const CELL_TEXT = '#212529';
export const SUPPRESSED_FILL = '#e9ecef';
const LIGHTEST = [241, 249, 248] as const;
/** The fill of the largest cell: as dark a teal as still gives CELL_TEXT 4.5:1. */
const DARKEST = [72, 170, 180] as const;

/** Near-white to teal by the share of the largest cell; suppressed cells are grey. */
export function cellFill(value: number, max: number, suppressed: boolean): string {
  if (suppressed) return SUPPRESSED_FILL;
  const f = max > 0 ? value / max : 0;
  const mix = (i: 0 | 1 | 2) => Math.round(LIGHTEST[i] + (DARKEST[i] - LIGHTEST[i]) * f);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

/**
 * The sector mixing matrix as a heat map: ties between each pair of sectors. A table, so it
 * fits any card (fixed layout, abbreviated names when narrow) and reads cell by cell with
 * its row and column named to a screen reader.
 */
export function MixingHeatmap({ cells }: { cells: readonly MixingCellData[] }) {
  const { t, i18n } = useTranslation();
  const { ref, width } = useElementSize<HTMLDivElement>();
  const short = width > 0 && width < SHORT_LABELS_BELOW;
  const cellOf = (from: Sector, to: Sector) => cells.find((c) => c.from === from && c.to === to);
  const max = Math.max(0, ...cells.map((c) => (isSuppressed(c.count) ? 0 : (c.count.value ?? 0))));
  const anySuppressed = cells.some((c) => isSuppressed(c.count));
  const name = (s: Sector) => t(`sector.${s}`);
  const heading = (s: Sector) => (short ? <abbr title={name(s)}>{t(`analytics.research.mixing.short.${s}`)}</abbr> : name(s));
  return (
    <ChartCard title={t('analytics.research.mixing.title')} help={t('analytics.research.mixing.help')}>
      <div ref={ref}>
        <Table layout="fixed" withRowBorders={false} verticalSpacing={0} horizontalSpacing={0} tabularNums style={{ borderCollapse: 'separate', borderSpacing: 3 }}>
          {/* Named for a screen reader; the card's title and help say the same on screen. */}
          <Table.Caption mt={0}>
            <VisuallyHidden>{t('analytics.research.mixing.caption')}</VisuallyHidden>
          </Table.Caption>
          <colgroup>
            <col style={{ width: short ? '22%' : '26%' }} />
            {SECTORS.map((s) => (
              <col key={s} />
            ))}
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              <Table.Td />
              {SECTORS.map((s) => (
                <Table.Th key={s} scope="col" ta="center" fz="xs" fw={500} pb={4} style={{ overflowWrap: 'anywhere', lineHeight: 1.2 }}>
                  {heading(s)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SECTORS.map((from) => (
              <Table.Tr key={from}>
                <Table.Th scope="row" ta="right" fz="xs" fw={500} pr="xs" style={{ overflowWrap: 'anywhere', lineHeight: 1.2 }}>
                  {heading(from)}
                </Table.Th>
                {SECTORS.map((to) => {
                  const count = cellOf(from, to)?.count ?? { value: 0, suppressed: false };
                  const hidden = isSuppressed(count);
                  const shown = formatCount(count, t, i18n.language);
                  return (
                    <Table.Td
                      key={to}
                      ta="center"
                      fw={600}
                      fz={short ? 'sm' : 'md'}
                      h={short ? 48 : 56}
                      title={t('analytics.research.mixing.cell', { from: name(from), to: name(to), count: shown })}
                      style={{ background: cellFill(count.value ?? 0, max, hidden), color: CELL_TEXT, borderRadius: 4, whiteSpace: 'nowrap' }}
                    >
                      {shown}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {anySuppressed ? (
        <Text size="xs" c="dimmed">
          {t('analytics.research.mixing.suppressedCells')}
        </Text>
      ) : null}
    </ChartCard>
  );
}
