import { describe, expect, it } from 'vitest';
import { normalizeText, textProblem } from './text-hygiene';

const escape = (text: string) => [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(' ');

describe('normalizeText', () => {
  it('composes to NFC, so "é" typed in two code points is stored as one', () => {
    expect(normalizeText('Rene\u0301', false)).toBe('René');
    expect(normalizeText('Rene\u0301', false)).toHaveLength(4);
  });

  it('gives a multi-line text "\\n" line ends and leaves a name alone', () => {
    expect(normalizeText('a\r\nb\rc', true)).toBe('a\nb\nc');
    expect(normalizeText('a\u2028b\u2029c', true)).toBe('a\nb\nc');
    expect(normalizeText('a\r\nb', false)).toBe('a\r\nb');
  });
});

describe('textProblem', () => {
  it.each([
    ['NUL', 'Kari\u0000'],
    ['bell', 'Kari\u0007'],
    ['escape', '\u001b[31mKari'],
    ['DEL', 'Kari\u007f'],
    ['C1 next line', 'Kari\u0085'],
    ['newline in a name', 'Kari\nNordmann'],
    ['tab in a name', 'Kari\tNordmann'],
    ['a line separator in a name', 'Kari\u2028Nordmann'],
    ['a paragraph separator in a name', 'Kari\u2029Nordmann'],
    ['the noncharacter U+FFFE', 'Kari\ufffe'],
    ['the noncharacter U+FFFF', 'Kari\uffffNordmann'],
    ['the noncharacter U+FDD0', 'Kari\ufdd0'],
    ['the noncharacter U+FDEF', 'Kari\ufdef'],
    ['the noncharacter U+1FFFE', 'Kari\u{1fffe}'],
    ['the noncharacter U+10FFFF', 'Kari\u{10ffff}'],
    ['a lone high surrogate', 'Kari\ud83d'],
    ['a lone low surrogate', '\ude00Kari'],
    ['tag characters spelling a hidden text', 'Kari\u{e0069}\u{e0067}\u{e006e}\u{e006f}\u{e0072}\u{e0065}'],
    ['the language tag U+E0001', '\u{e0001}Kari'],
    ['a cancel tag alone', 'Kari\u{e007f}'],
  ])('refuses %s', (_what, value) => {
    expect(textProblem(value, false)).toBe('CONTROL_CHARACTER');
  });

  it('keeps tab and newline in a multi-line text, nothing else', () => {
    expect(textProblem('Mål:\n\t- førerkort', true)).toBeNull();
    expect(textProblem('Mål:\ufffe', true)).toBe('CONTROL_CHARACTER');
    expect(textProblem('Mål:\ud800', true)).toBe('CONTROL_CHARACTER');
    expect(textProblem('Mål:\u0000', true)).toBe('CONTROL_CHARACTER');
    expect(textProblem('a\u000bb', true)).toBe('CONTROL_CHARACTER');
  });

  it.each(['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'])(
    'refuses the bidi control U+%s',
    (control) => {
      expect(textProblem(`Kari ${control}nnamdroN`, false)).toBe('BIDI_CONTROL');
      expect(textProblem(`note ${control}`, true)).toBe('BIDI_CONTROL');
    },
  );

  it('refuses a text that shows nothing, and keeps joiners inside visible text', () => {
    for (const invisible of ['\u200b', '\u200c\u200d', '\u2060', '\ufeff', '\u00ad', '\u200b \u200b']) {
      expect(textProblem(invisible, false)).toBe('INVISIBLE_ONLY');
    }
    // Fillers, the blank braille pattern, variation selectors, the Mongolian vowel separator,
    // the combining grapheme joiner and combining marks with nothing to sit on.
    for (const invisible of ['\u3164', '\uffa0', '\u115f\u1160', '\u2800', '\ufe0f', '\u{e0100}', '\u180e', '\u034f', '\u0301', '\u0301\u0308\u20dd', '\u3164 \u2800\ufe0f']) {
      expect(textProblem(invisible, false), escape(invisible)).toBe('INVISIBLE_ONLY');
      expect(textProblem(invisible, true), escape(invisible)).toBe('INVISIBLE_ONLY');
    }
    // Marks and selectors on a letter or a symbol are fine.
    for (const visible of ['Rene\u0301', 'Ha\u0308agen', '❤\ufe0f Hjertebarn', 'नमस्ते', 'ที่นี่', '\u3164Kari']) expect(textProblem(visible, false), visible).toBeNull();
    // A family emoji is joined with U+200D; a soft hyphen inside a long word is fine.
    expect(textProblem('👩\u200d👩\u200d👦 Familiehuset', false)).toBeNull();
    expect(textProblem('arbeids\u00adtrening', false)).toBeNull();
    expect(textProblem('', false)).toBeNull();
  });

  it('accepts Norwegian, Sami and Arabic names as they are', () => {
    for (const name of ['Ærlige Åse Øvrebø', 'Máret Sárá', 'محمد علي', '张伟']) expect(textProblem(name, false)).toBeNull();
  });

  it('accepts emoji, including the three flags made of tag characters', () => {
    const england = '\u{1f3f4}\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}';
    const scotland = '\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}';
    const wales = '\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}';
    for (const name of [`Fotballag ${england}`, `${scotland} ${wales}`, '👩\u200d👩\u200d👦 😀 🇳🇴']) expect(textProblem(name, false), name).toBeNull();
    // A "flag" of other tags hides text.
    expect(textProblem('\u{1f3f4}\u{e0068}\u{e0069}\u{e007f}', false)).toBe('CONTROL_CHARACTER');
  });
});
