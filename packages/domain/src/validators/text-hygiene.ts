/**
 * What a name or a free text may contain. Control characters break exports (a NUL makes the
 * GEXF file invalid XML) and bidi controls make a name read differently from what it is
 * ("Trojan Source"); a name of zero-width spaces looks empty on every screen.
 */

/** Why a text is refused; also the `reason` the API sends in `extensions`. */
export type TextProblem = 'CONTROL_CHARACTER' | 'BIDI_CONTROL' | 'INVISIBLE_ONLY';

// Unicode's Cc: C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F); in a name also the line and
// paragraph separators U+2028/U+2029, which break a line as a newline does.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
// The same without tab and line feed, which a multi-line text keeps (it gets U+2028/U+2029 as
// "\n", see normalizeText).
const CONTROL_EXCEPT_TAB_AND_NEWLINE = /(?![\t\n])\p{Cc}/u;
// Code points no text should hold, refused as control characters too: the noncharacters
// (U+FDD0–U+FDEF and the last two of every plane, U+FFFE and U+FFFF among them, which XML
// forbids: one in a name made the GEXF export invalid), lone surrogates (half an emoji, stored
// as U+FFFD) and tag characters (U+E0000–U+E007F: invisible ASCII that can smuggle a hidden
// text), except in the three emoji flags that are made of them (England, Scotland, Wales).
const NOT_TEXT = /[\p{Noncharacter_Code_Point}\p{Cs}\u{E0000}-\u{E007F}]/u;
const TAG_FLAG = /\u{1F3F4}\u{E0067}\u{E0062}(?:\u{E0065}\u{E006E}\u{E0067}|\u{E0073}\u{E0063}\u{E0074}|\u{E0077}\u{E006C}\u{E0073})\u{E007F}/gu;
// Embeddings and overrides, isolates, the LRM/RLM marks and the Arabic letter mark.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
// What shows nothing on its own: white space, Unicode's default-ignorable code points (zero-width
// space and joiners, word joiner, byte-order mark, soft hyphen, the Hangul fillers U+115F,
// U+1160, U+3164 and U+FFA0, variation selectors such as U+FE0F, the Mongolian vowel separator
// U+180E…), combining marks with no letter to sit on, and the blank braille pattern U+2800.
// A text of nothing else looks empty.
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}\p{M}\u2800]/gu;

/**
 * The text in one canonical form: NFC, so "é" typed as e + accent equals "é" in searches and
 * duplicate checks; in a multi-line text, Windows and old Mac line ends and the Unicode line and
 * paragraph separators become "\n".
 */
export function normalizeText(value: string, multiline: boolean): string {
  const nfc = value.normalize('NFC');
  return multiline ? nfc.replace(/\r\n?|[\u2028\u2029]/g, '\n') : nfc;
}

/** The first reason to refuse `value`, or null; an empty string is the length rules' business. */
export function textProblem(value: string, multiline: boolean): TextProblem | null {
  if ((multiline ? CONTROL_EXCEPT_TAB_AND_NEWLINE : CONTROL).test(value)) return 'CONTROL_CHARACTER';
  if (NOT_TEXT.test(value.replace(TAG_FLAG, ''))) return 'CONTROL_CHARACTER';
  if (BIDI_CONTROL.test(value)) return 'BIDI_CONTROL';
  if (value !== '' && value.replace(INVISIBLE, '') === '') return 'INVISIBLE_ONLY';
  return null;
}
