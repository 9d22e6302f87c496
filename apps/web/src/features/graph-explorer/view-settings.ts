/** Metrics a node can be sized by; all but degree come from the API's NodeMetrics. */
export const SIZE_METRICS = [
  'degree',
  'betweenness',
  'pagerank',
  'constraint',
  'effectiveSize',
  'twoStepReach',
  'harmonicCloseness',
  'weightedDegree',
  'crossSectorShare',
] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export const COLOR_MODES = ['sector', 'community', 'brokerage'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export interface ViewSettings {
  sizeBy: SizeMetric;
  colorBy: ColorMode;
}

export const DEFAULT_VIEW: ViewSettings = { sizeBy: 'degree', colorBy: 'sector' };

/**
 * Degree and sector are known from the graph itself; anything else needs the metrics, which
 * the explorer asks for only then, so the first drawing never waits for them.
 */
export function needsMetrics(view: ViewSettings): boolean {
  return view.sizeBy !== 'degree' || view.colorBy !== 'sector';
}

/** Metrics whose figures are estimates when the API samples betweenness. */
export function isSampledMetric(metric: SizeMetric): boolean {
  return metric === 'betweenness' || metric === 'harmonicCloseness';
}

const STORAGE_KEY = 'brobygger.graph.view';

export function loadView(): ViewSettings {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<ViewSettings>) : {};
    return {
      sizeBy: SIZE_METRICS.includes(parsed.sizeBy as SizeMetric) ? (parsed.sizeBy as SizeMetric) : 'degree',
      colorBy: COLOR_MODES.includes(parsed.colorBy as ColorMode) ? (parsed.colorBy as ColorMode) : 'sector',
    };
  } catch {
    return DEFAULT_VIEW;
  }
}

export function saveView(view: ViewSettings): void {
  window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(view));
}
