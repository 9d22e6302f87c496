import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SECTORS, type Sector } from '@brobygger/domain';
import { formatDate } from '../../lib/format';
import { formatNumber } from '../../lib/numbers';
import { SECTOR_COLORS } from '../../lib/sector-colors';
import { ChartCard } from './chart-card';

export interface EiPointData {
  date: string;
  eiIndex?: number | null;
  eiBySector: readonly { sector: Sector; eiIndex?: number | null }[];
}

/** Krackhardt's E-I index of the whole graph and of each sector, day by day. */
export function EiChart({ points }: { points: readonly EiPointData[] }) {
  const { t, i18n } = useTranslation();
  const rows = points.map((p) => ({
    date: formatDate(p.date, i18n.language),
    overall: p.eiIndex ?? null,
    ...Object.fromEntries(p.eiBySector.map((s) => [s.sector, s.eiIndex ?? null])),
  }));
  return (
    <ChartCard title={t('analytics.research.ei.title')} help={t('analytics.research.ei.help')}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={rows} margin={{ top: 10, right: 20, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" fontSize={11} />
          <YAxis domain={[-1, 1]} fontSize={11} tickFormatter={(v: number) => formatNumber(v, i18n.language)} />
          <ReferenceLine y={0} stroke="#868e96" />
          <Tooltip formatter={(v) => formatNumber(typeof v === 'number' ? v : null, i18n.language, { maximumFractionDigits: 3 })} />
          <Legend />
          <Line type="monotone" dataKey="overall" name={t('analytics.research.ei.overall')} stroke="#212529" strokeWidth={2} isAnimationActive={false} />
          {SECTORS.map((s) => (
            <Line key={s} type="monotone" dataKey={s} name={t(`sector.${s}`)} stroke={SECTOR_COLORS[s]} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
