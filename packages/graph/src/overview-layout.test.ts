import { describe, expect, it } from 'vitest';
import { overviewLayout, type OverviewLayoutInput } from './overview-layout';

/**
 * Two clusters: organisations 0–2 and 3–5, each with ten people (affiliated to one of the
 * organisations, knowing each other within the cluster), one acquaintance across; then a
 * person (66) who only knows person 6, and a person (67) with no ties.
 */
function twoClusters(): OverviewLayoutInput {
  const hub: boolean[] = [];
  const sources: number[] = [];
  const targets: number[] = [];
  const anchoring: boolean[] = [];
  const tie = (a: number, b: number, anchors = false) => {
    sources.push(a);
    targets.push(b);
    anchoring.push(anchors);
  };
  for (let i = 0; i < 6; i++) hub.push(true);
  for (let c = 0; c < 2; c++) {
    const first = hub.length;
    for (let p = 0; p < 30; p++) {
      hub.push(false);
      tie(first + p, c * 3 + (p % 3), true);
      if (p > 0) tie(first + p, first + p - 1);
    }
  }
  tie(6, 36);
  hub.push(false, false);
  tie(66, 6);
  return { hub, sources, targets, anchoring };
}

const distance = (l: { x: number[]; y: number[] }, a: number, b: number) =>
  Math.hypot(l.x[a]! - l.x[b]!, l.y[a]! - l.y[b]!);

describe('the overview layout', () => {
  it('places each person nearer their own organisation than any other', () => {
    const input = twoClusters();
    const layout = overviewLayout(input)!;
    for (let e = 0; e < input.sources.length; e++) {
      if (!input.anchoring[e]) continue;
      const [person, own] = [input.sources[e]!, input.targets[e]!];
      for (let other = 0; other < 6; other++)
        if (other !== own)
          expect(distance(layout, person, own)).toBeLessThan(distance(layout, person, other));
    }
  });

  it('keeps clusters apart: organisations of one cluster are nearer each other than the other cluster', () => {
    const layout = overviewLayout(twoClusters())!;
    expect(distance(layout, 0, 1)).toBeLessThan(distance(layout, 0, 4));
    expect(distance(layout, 3, 4)).toBeLessThan(distance(layout, 3, 1));
  });

  it('places a person who knows only people by the organisation of someone they know', () => {
    const layout = overviewLayout(twoClusters())!;
    expect(distance(layout, 66, 0)).toBeLessThan(distance(layout, 66, 3));
  });

  it('places every node, also those with no way to an organisation', () => {
    const layout = overviewLayout(twoClusters())!;
    expect(layout.x).toHaveLength(68);
    expect([...layout.x, ...layout.y].every(Number.isFinite)).toBe(true);
    expect(distance(layout, 67, 66)).toBeGreaterThan(0);
  });

  it('gives the same picture for the same graph', () => {
    expect(overviewLayout(twoClusters())).toEqual(overviewLayout(twoClusters()));
  });

  it('starts from an earlier picture: a new tie moves the organisations little', () => {
    const before = overviewLayout(twoClusters())!;
    const base = twoClusters();
    const changed = {
      ...base,
      sources: [...base.sources, 7],
      targets: [...base.targets, 40],
      anchoring: [...base.anchoring, false],
    };
    const after = overviewLayout({ ...changed, previous: before })!;
    const width = Math.max(...before.x) - Math.min(...before.x);
    for (let h = 0; h < 6; h++)
      expect(
        distance({ x: [before.x[h]!, after.x[h]!], y: [before.y[h]!, after.y[h]!] }, 0, 1),
      ).toBeLessThan(width * 0.2);
  });

  it('draws nothing for a graph of people only', () => {
    expect(
      overviewLayout({ hub: [false, false], sources: [0], targets: [1], anchoring: [false] }),
    ).toBeNull();
  });
});
