import { useTranslation } from 'react-i18next';
import { ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { SECTORS, type Sector } from '@brobygger/domain';
import { ChartCard } from './chart-card';
import { formatCount, isSuppressed, plotValue, type CountValue } from './count';

export interface MixingCellData {
  from: Sector;
  to: Sector;
  count: CountValue;
}

interface Point {
  x: number;
  y: number;
  from: Sector;
  to: Sector;
  value: number;
  label: string;
}

const SIZE = 64;

/** White to deep teal by the share of the largest cell; suppressed cells are grey. */
function fill(value: number, max: number, suppressed: boolean): string {
  if (suppressed) return '#e9ecef';
  const f = max > 0 ? value / max : 0;
  const mix = (a: number, b: number) => Math.round(a + (b - a) * f);
  return `rgb(${mix(240, 8)}, ${mix(249, 127)}, ${mix(248, 140)})`;
}

/** The sector mixing matrix as a heat map: ties between each pair of sectors. */
export function MixingHeatmap({ cells }: { cells: readonly MixingCellData[] }) {
  const { t, i18n } = useTranslation();
  const points: Point[] = cells.map((c) => ({
    x: SECTORS.indexOf(c.from),
    y: SECTORS.indexOf(c.to),
    from: c.from,
    to: c.to,
    value: isSuppressed(c.count) ? 0 : plotValue(c.count),
    label: formatCount(c.count, t, i18n.language),
  }));
  const max = Math.max(0, ...points.map((p) => p.value));
  const suppressed = new Set(cells.filter((c) => c.count.suppressed).map((c) => `${c.from}-${c.to}`));
  const tick = (i: number) => t(`sector.${SECTORS[i] ?? 'CIVIL'}`);
  return (
    <ChartCard title={t('analytics.research.mixing.title')} help={t('analytics.research.mixing.help')}>
      <ResponsiveContainer width="100%" height={260}>
        <ScatterChart margin={{ top: 10, right: 20, bottom: 10, left: 30 }}>
          <XAxis type="number" dataKey="x" domain={[-0.5, 2.5]} ticks={[0, 1, 2]} tickFormatter={tick} interval={0} />
          <YAxis type="number" dataKey="y" domain={[-0.5, 2.5]} ticks={[0, 1, 2]} tickFormatter={tick} reversed width={110} />
          <ZAxis range={[SIZE, SIZE]} />
          <Tooltip
            cursor={false}
            content={({ payload }) => {
              const p = payload?.[0]?.payload as Point | undefined;
              if (!p) return null;
              return (
                <div style={{ background: '#fff', border: '1px solid #dee2e6', padding: 6, fontSize: 12 }}>
                  {t('analytics.research.mixing.cell', { from: t(`sector.${p.from}`), to: t(`sector.${p.to}`), count: p.label })}
                </div>
              );
            }}
          />
          <Scatter
            data={points}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; payload?: Point }) => {
              const { cx = 0, cy = 0, payload } = props;
              if (!payload) return <g />;
              const hidden = suppressed.has(`${payload.from}-${payload.to}`);
              const w = 120;
              const h = 62;
              const dark = !hidden && max > 0 && payload.value / max > 0.55;
              return (
                <g>
                  <rect x={cx - w / 2} y={cy - h / 2} width={w} height={h} rx={4} fill={fill(payload.value, max, hidden)} stroke="#fff" />
                  <text x={cx} y={cy + 5} textAnchor="middle" fontSize={14} fontWeight={600} fill={dark ? '#fff' : '#212529'}>
                    {payload.label}
                  </text>
                </g>
              );
            }}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
