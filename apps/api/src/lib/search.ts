/** A LIKE pattern matching the text anywhere in the column (SQLite's LIKE ignores ASCII case). */
export function likePattern(text: string): string {
  return `%${text.trim()}%`;
}
