/** The id of the hatch that fills a suppressed bar drawn in `color`. */
export function hatchId(color: string): string {
  return `suppressed-${color.replace(/[^a-z0-9]/gi, '')}`;
}

/**
 * SVG patterns for suppressed counts: diagonal stripes of each series colour, placed in a
 * chart's <defs> so a "<5" bar reads as "a few, not shown" rather than as a full bar or none.
 */
export function SuppressedPatterns({ colors }: { colors: readonly string[] }) {
  return (
    <defs>
      {[...new Set(colors)].map((color) => (
        <pattern key={color} id={hatchId(color)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <rect width="3" height="6" fill={color} />
        </pattern>
      ))}
    </defs>
  );
}
