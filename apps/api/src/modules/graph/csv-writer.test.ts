import { describe, expect, it } from 'vitest';
import { csvCell, writeCsv } from './csv-writer';

describe('csvCell', () => {
  it('quotes commas, quotes, line breaks and edge spaces (RFC 4180)', () => {
    expect(csvCell('Bedrift, avd. Skien')).toBe('"Bedrift, avd. Skien"');
    expect(csvCell('Kafé "Broen"')).toBe('"Kafé ""Broen"""');
    expect(csvCell('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('Søndre Ål')).toBe('Søndre Ål');
  });

  it('keeps spreadsheets from running text as a formula, but writes numbers as they are', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+47 123')).toBe("'+47 123");
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell(-0.5)).toBe('-0.5');
  });

  it('leaves missing and undefined values empty', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('writeCsv', () => {
  it('starts with a BOM and a header, and ends lines with CRLF', () => {
    expect(writeCsv(['id', 'name'], [['org_1', 'Bedrift AS'], ['org_2', null]])).toBe('\uFEFFid,name\r\norg_1,Bedrift AS\r\norg_2,\r\n');
  });
});
