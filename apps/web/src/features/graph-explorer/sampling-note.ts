import { formatNumber } from './intl';
import type { Translate } from './legend-model';

/** How the API computed betweenness and closeness (graphStats.betweenness): codes and figures, no prose. */
export interface SamplingFigures {
  method: 'EXACT' | 'SAMPLED';
  samples: number;
  nodeCount: number;
  epsilon: number;
  delta: number;
}

/**
 * The sentence beside betweenness and closeness, in the reader's language. The API sends the
 * method and its bounds (DESIGN.md, "Errors and words"); its English `note` is for API clients.
 */
export function samplingNote(t: Translate, language: string, sampling: SamplingFigures): string {
  const nodes = formatNumber(sampling.nodeCount, language);
  if (sampling.method === 'EXACT') return t('analytics.explorer.exact', { nodes });
  return t('analytics.explorer.sampled', {
    samples: formatNumber(sampling.samples, language),
    nodes,
    epsilon: formatNumber(sampling.epsilon, language, { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
    probability: formatNumber(1 - sampling.delta, language, { style: 'percent', maximumFractionDigits: 0 }),
  });
}
