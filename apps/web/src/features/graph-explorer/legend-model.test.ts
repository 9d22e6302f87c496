import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { SECTOR_COLORS } from '../../lib/sector-colors';
import { legendModel, pictureCaption, pictureFileName } from './legend-model';

const nb = i18next.getFixedT('nb');
const en = i18next.getFixedT('en');

describe('the legend model', () => {
  it('names the sector colours, the node kinds and the tie kinds in Norwegian by default', () => {
    const model = legendModel(nb, { colorBy: 'sector', colors: [], sizeBy: 'degree' });
    expect(model.title).toBe('Tegnforklaring');
    const [colors, kinds, ties] = model.sections;
    expect(colors?.items.map((i) => [i.label, i.color])).toEqual([
      ['Næringsliv', SECTOR_COLORS.BUSINESS],
      ['Offentlig sektor', SECTOR_COLORS.PUBLIC],
      ['Sivilsamfunn', SECTOR_COLORS.CIVIL],
    ]);
    expect(kinds?.items.map((i) => i.label)).toEqual(['Person', 'Deltaker', 'Organisasjon', 'Nettverk']);
    expect(kinds?.heading).toBe('Nodetype');
    expect(kinds?.items.map((i) => i.mark)).toEqual(['disc', 'ring', 'square', 'network']);
    expect(ties?.items.every((i) => i.mark === 'line')).toBe(true);
    expect(model.sizeNote).toBe('Størrelse: antall bånd');
  });

  it('follows a metric colouring and sizing, in English too', () => {
    const model = legendModel(en, {
      colorBy: 'brokerage',
      colors: [{ key: 'LIAISON', labelKey: 'analytics.explorer.role.LIAISON', color: '#e03131' }],
      sizeBy: 'betweenness',
      note: 'Sampled',
    });
    expect(model.sections[0]?.heading).toBe('Brokerage role');
    expect(model.sections[0]?.items).toEqual([{ key: 'LIAISON', label: 'Liaison', color: '#e03131', mark: 'disc' }]);
    expect(model.sizeNote).toBe('Size: Betweenness');
    expect(model.note).toBe('Sampled');
  });

  it('says sector in the heading when colour means sector', () => {
    expect(legendModel(nb, { colorBy: 'community', colors: [], sizeBy: 'degree' }).sections[0]?.heading).toBe('Sektor');
  });
});

describe("the picture's caption", () => {
  it('writes the date and the counts the way the language does', () => {
    const caption = pictureCaption(nb, { asOf: '2024-03-05', language: 'nb', nodes: 1533, edges: 12000 });
    expect(caption.title).toBe('Brobygger – samarbeidsnettverket');
    expect(caption.subtitle).toBe('Per 5. mars 2024 · 1\u00a0533 noder · 12\u00a0000 bånd');
    const english = pictureCaption(en, { asOf: '2024-03-05', language: 'en', nodes: 1533, edges: 12000 });
    expect(english.subtitle).toBe('As of 5 Mar 2024 · 1,533 nodes · 12,000 ties');
  });

  it('is dated by the day it shows', () => {
    expect(pictureFileName('2024-03-05')).toBe('brobygger-nettverk-2024-03-05.png');
    expect(pictureFileName(null)).toMatch(/^brobygger-nettverk-\d{4}-\d{2}-\d{2}\.png$/);
    expect(pictureFileName('2024-03-05', 'svg')).toBe('brobygger-nettverk-2024-03-05.svg');
  });
});
