import { GRAPH_EDGE_KINDS, GRAPH_NODE_KINDS, SECTORS, type GraphNodeKind } from '@brobygger/domain';
import { formatDate, todayIso } from '../../lib/format';
import { SECTOR_COLORS } from '../../lib/sector-colors';
import type { LegendEntry } from './appearance';
import { formatNumber } from './intl';
import { EDGE_COLORS, NETWORK_BORDER } from './node-style';
import type { ColorMode, SizeMetric } from './view-settings';

/** The words of the UI language; i18next's `t` fits. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** How an item is drawn: the node shapes of the canvas (node-style.ts), or a tie's line. */
export type LegendMark = 'disc' | 'square' | 'ring' | 'network' | 'line';

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  mark: LegendMark;
}

export interface LegendSection {
  key: 'colors' | 'kinds' | 'ties';
  heading: string;
  items: LegendItem[];
}

/** What the legend says, once: the panel on screen, the PNG and the SVG draw the same model. */
export interface LegendModel {
  title: string;
  sections: LegendSection[];
  /** What a node's size means. */
  sizeNote: string;
  /** A caveat on the figures (sampled estimates), or null. */
  note: string | null;
}

const NEUTRAL = '#868e96';

const KIND_MARK: Record<GraphNodeKind, LegendMark> = {
  PERSON: 'disc',
  PARTICIPANT: 'ring',
  ORGANIZATION: 'square',
  NETWORK: 'network',
};

/** The colour of a kind's sample when colour means something else: grey, with the network's dark ring. */
export function markBorder(mark: LegendMark, color: string): string {
  return mark === 'network' ? NETWORK_BORDER : color;
}

export interface LegendInput {
  colorBy: ColorMode;
  /** Colour lines when a metric colours the nodes; empty means colour is sector. */
  colors: readonly LegendEntry[];
  sizeBy: SizeMetric;
  note?: string | null;
}

export function legendModel(t: Translate, { colorBy, colors, sizeBy, note = null }: LegendInput): LegendModel {
  const colorItems: LegendItem[] =
    colors.length > 0
      ? colors.map((c) => ({ key: c.key, label: t(c.labelKey, c.params), color: c.color, mark: 'disc' }))
      : SECTORS.map((s) => ({ key: s, label: t(`sector.${s}`), color: SECTOR_COLORS[s], mark: 'disc' }));
  return {
    title: t('explorer.legend'),
    sections: [
      { key: 'colors', heading: t(`analytics.explorer.color.${colors.length > 0 ? colorBy : 'sector'}`), items: colorItems },
      {
        key: 'kinds',
        heading: t('explorer.filters.nodeKind'),
        items: GRAPH_NODE_KINDS.map((k) => ({ key: k, label: t(`nodeKind.${k}`), color: NEUTRAL, mark: KIND_MARK[k] })),
      },
      {
        key: 'ties',
        heading: t('explorer.filters.edgeKind'),
        items: GRAPH_EDGE_KINDS.map((k) => ({ key: k, label: t(`edgeKind.${k}`), color: EDGE_COLORS[k], mark: 'line' })),
      },
    ],
    sizeNote:
      sizeBy === 'degree'
        ? t('explorer.sizeByDegree')
        : t('analytics.explorer.sizeLegend', { metric: t(`analytics.explorer.metric.${sizeBy}`) }),
    note,
  };
}

/** The picture's heading: what it shows, as of which day, how much of it. */
export function pictureCaption(
  t: Translate,
  { asOf, language, nodes, edges }: { asOf: string | null; language: string; nodes: number; edges: number },
): { title: string; subtitle: string } {
  return {
    title: t('analytics.explorer.picture.title'),
    subtitle: t('analytics.explorer.picture.subtitle', {
      date: formatDate(asOf ?? todayIso(), language),
      nodes: formatNumber(nodes, language),
      edges: formatNumber(edges, language),
    }),
  };
}

export type PictureFormat = 'png' | 'svg';

/** The picture's file name, dated by the day it shows. */
export function pictureFileName(asOf: string | null, format: PictureFormat = 'png'): string {
  return `brobygger-nettverk-${asOf ?? todayIso()}.${format}`;
}
