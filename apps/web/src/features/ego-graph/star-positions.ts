/** The arc, centred right of the person, where no neighbour is placed: 60°. */
const LABEL_ARC = Math.PI / 3;

/**
 * Where a person's neighbours sit on a circle of `radius` around them. Labels are drawn to the
 * right of their node, so the arc right of the person is left free for the person's own label:
 * no neighbour's dot or label sits under it.
 */
export function starPositions(count: number, radius: number): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = LABEL_ARC / 2 + ((2 * Math.PI - LABEL_ARC) * (i + 0.5)) / count;
    return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  });
}
