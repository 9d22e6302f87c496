/** Longest name of an item in a button label or an announcement, in characters. */
const MAX = 40;

/**
 * A free text (a dream, a goal, a step) short enough to name it in "Flytt … opp": its first
 * line, cut at a word before 40 characters with an ellipsis.
 */
export function shortName(text: string): string {
  const line = text.trim().split('\n', 1)[0]!.trim();
  if (line.length <= MAX) return line;
  const cut = line.slice(0, MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
