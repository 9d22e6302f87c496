/**
 * What a name or a free text may contain. Control characters break exports (a NUL makes the
 * GEXF file invalid XML) and bidi controls make a name read differently from what it is
 * ("Trojan Source"); a name of zero-width spaces looks empty on every screen.
 */

/** Why a text is refused; also the `reason` the API sends in `extensions`. */
export type TextProblem = 'CONTROL_CHARACTER' | 'BIDI_CONTROL' | 'INVISIBLE_ONLY';

// Unicode's Cc: C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F).
const CONTROL = /\p{Cc}/u;
// The same without tab and line feed, which a multi-line text keeps.
const CONTROL_EXCEPT_TAB_AND_NEWLINE = /(?![\t\n])\p{Cc}/u;
// Embeddings and overrides, isolates, the LRM/RLM marks and the Arabic letter mark.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
// Zero-width space and joiners, word joiner, byte-order mark, soft hyphen; with white space,
// what is left of a text that shows nothing.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\s]/gu;

/**
 * The text in one canonical form: NFC, so "é" typed as e + accent equals "é" in searches and
 * duplicate checks; in a multi-line text, Windows and old Mac line ends become "\n".
 */
export function normalizeText(value: string, multiline: boolean): string {
  const nfc = value.normalize('NFC');
  return multiline ? nfc.replace(/\r\n?/g, '\n') : nfc;
}

/** The first reason to refuse `value`, or null; an empty string is the length rules' business. */
export function textProblem(value: string, multiline: boolean): TextProblem | null {
  if ((multiline ? CONTROL_EXCEPT_TAB_AND_NEWLINE : CONTROL).test(value)) return 'CONTROL_CHARACTER';
  if (BIDI_CONTROL.test(value)) return 'BIDI_CONTROL';
  if (value !== '' && value.replace(INVISIBLE, '') === '') return 'INVISIBLE_ONLY';
  return null;
}
