import { describe, expect, it } from 'vitest';
import { normalizeText, textProblem } from './text-hygiene';

describe('normalizeText', () => {
  it('composes to NFC, so "é" typed in two code points is stored as one', () => {
    expect(normalizeText('Rene\u0301', false)).toBe('René');
    expect(normalizeText('Rene\u0301', false)).toHaveLength(4);
  });

  it('gives a multi-line text "\\n" line ends and leaves a name alone', () => {
    expect(normalizeText('a\r\nb\rc', true)).toBe('a\nb\nc');
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
  ])('refuses %s', (_what, value) => {
    expect(textProblem(value, false)).toBe('CONTROL_CHARACTER');
  });

  it('keeps tab and newline in a multi-line text, nothing else', () => {
    expect(textProblem('Mål:\n\t- førerkort', true)).toBeNull();
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
    // A family emoji is joined with U+200D; a soft hyphen inside a long word is fine.
    expect(textProblem('👩\u200d👩\u200d👦 Familiehuset', false)).toBeNull();
    expect(textProblem('arbeids\u00adtrening', false)).toBeNull();
    expect(textProblem('', false)).toBeNull();
  });

  it('accepts Norwegian, Sami and Arabic names as they are', () => {
    for (const name of ['Ærlige Åse Øvrebø', 'Máret Sárá', 'محمد علي', '张伟']) expect(textProblem(name, false)).toBeNull();
  });
});
