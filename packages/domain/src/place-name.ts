/** Words written in lower case inside a Norwegian place name ("Nes i Akershus", "Bø i Telemark"). */
const SMALL_WORDS = new Set(['i', 'og', 'på', 'ved', 'under', 'over', 'til']);

/**
 * A place name as people write it, from the business register's capitals: `SKIEN` → `Skien`,
 * `NORD-AURDAL` → `Nord-Aurdal`, `NES I AKERSHUS` → `Nes i Akershus`. A name that already has
 * small letters is left as typed: someone wrote it that way on purpose.
 */
export function placeNameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && SMALL_WORDS.has(word)
        ? word
        : word.replace(/(^|[-(/])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase()),
    )
    .join(' ');
}
