import { describe, expect, it } from 'vitest';
import { shortName } from './short-name';

describe('shortName', () => {
  it('keeps a short text as it is, trimmed', () => {
    expect(shortName('  Eie en kafé ')).toBe('Eie en kafé');
  });

  it('names a long text by its start, cut at a word', () => {
    expect(shortName('Jobbe med dyr på en gård i Telemark, helst med hester og geiter')).toBe(
      'Jobbe med dyr på en gård i Telemark,…',
    );
  });

  it('names a text of several lines by its first line', () => {
    expect(shortName('Bli kokk\nog åpne egen restaurant')).toBe('Bli kokk');
  });
});
