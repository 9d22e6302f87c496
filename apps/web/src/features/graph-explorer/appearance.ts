import type { ExplorerGraph } from './build-graph';
import { colorsFor, metricSize } from './node-style';
import type { NodeMetricsData } from './use-node-metrics';
import type { SizeMetric, ViewSettings } from './view-settings';

/** How one node is drawn when a metric decides its size or colour. */
export interface NodeLook {
  size?: number;
  color?: string;
  borderColor?: string;
}

/** One line of the colour legend: a translation key (with params) and its colour. */
export interface LegendEntry {
  key: string;
  labelKey: string;
  params?: Record<string, number>;
  color: string;
}

export interface Appearance {
  looks: ReadonlyMap<string, NodeLook> | null;
  /** Legend lines for the colour choice; empty for sector (the legend's own lines). */
  colors: LegendEntry[];
}

export const ROLE_COLORS: Record<string, string> = {
  COORDINATOR: '#1971c2',
  ITINERANT: '#f08c00',
  GATEKEEPER_REPRESENTATIVE: '#9c36b5',
  LIAISON: '#e03131',
};
const NO_ROLE = '#ced4da';

// Ten colours that stay apart; the largest communities get them, the rest share grey.
const COMMUNITY_PALETTE = ['#1c7ed6', '#e8590c', '#2f9e44', '#ae3ec9', '#f59f00', '#0ca678', '#d6336c', '#4263eb', '#74b816', '#845ef7'];
const OTHER_COMMUNITY = '#adb5bd';

function metricValue(m: NodeMetricsData, metric: SizeMetric): number {
  switch (metric) {
    case 'degree':
      return m.degree;
    // Low constraint marks a broker, so the scale is turned around: 1 − constraint.
    case 'constraint':
      return m.constraint == null ? 0 : Math.max(0, 1 - m.constraint);
    default:
      return m[metric] ?? 0;
  }
}

/** Sizes and colours of every node for the chosen metric and colouring; null looks when neither needs metrics. */
export function computeAppearance(
  graph: ExplorerGraph,
  metrics: ReadonlyMap<string, NodeMetricsData> | null,
  view: ViewSettings,
): Appearance {
  const sizing = view.sizeBy !== 'degree';
  const colouring = view.colorBy !== 'sector';
  if (!metrics || (!sizing && !colouring)) return { looks: null, colors: [] };

  let max = 0;
  if (sizing) for (const m of metrics.values()) max = Math.max(max, metricValue(m, view.sizeBy));

  const communityColor = new Map<number, string>();
  const colors: LegendEntry[] = [];
  if (view.colorBy === 'community') {
    const sizes = new Map<number, number>();
    for (const m of metrics.values()) if (m.community != null) sizes.set(m.community, (sizes.get(m.community) ?? 0) + 1);
    const ranked = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    ranked.slice(0, COMMUNITY_PALETTE.length).forEach(([community], i) => {
      const color = COMMUNITY_PALETTE[i] as string;
      communityColor.set(community, color);
      colors.push({ key: `c${community}`, labelKey: 'analytics.explorer.community', params: { n: i + 1 }, color });
    });
    if (ranked.length > COMMUNITY_PALETTE.length) {
      colors.push({ key: 'other', labelKey: 'analytics.explorer.otherCommunities', color: OTHER_COMMUNITY });
    }
  } else if (view.colorBy === 'brokerage') {
    for (const [role, color] of Object.entries(ROLE_COLORS)) {
      colors.push({ key: role, labelKey: `analytics.explorer.role.${role}`, color });
    }
    colors.push({ key: 'none', labelKey: 'analytics.explorer.role.none', color: NO_ROLE });
  }

  const looks = new Map<string, NodeLook>();
  graph.forEachNode((id, attrs) => {
    const m = metrics.get(id);
    const look: NodeLook = {};
    if (sizing) look.size = metricSize(attrs.kind, m && max > 0 ? metricValue(m, view.sizeBy) / max : 0);
    if (view.colorBy === 'community') {
      const paint = m?.community != null ? (communityColor.get(m.community) ?? OTHER_COMMUNITY) : OTHER_COMMUNITY;
      Object.assign(look, colorsFor(attrs.kind, paint));
    } else if (view.colorBy === 'brokerage') {
      const role = m?.dominantBrokerageRole;
      Object.assign(look, colorsFor(attrs.kind, role ? (ROLE_COLORS[role] ?? NO_ROLE) : NO_ROLE));
    }
    looks.set(id, look);
  });
  return { looks, colors };
}
