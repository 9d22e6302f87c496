import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { SECTOR_COLORS } from '../../lib/sector-colors';
import { chooseLabels, graphSvg, type NodeLook, type PlacedNode, type SvgLooks } from './export-svg';
import { legendModel, pictureCaption } from './legend-model';
import { GRAPH_HEIGHT, GRAPH_WIDTH, MARGIN } from './picture-layout';
import { fixtureGraph } from './test/fixture-graph';

const nb = i18next.getFixedT('nb');

/** The fixture graph on fixed positions: Åse left, NAV right, Kari on top. */
function placedGraph() {
  const graph = fixtureGraph();
  const at: Record<string, [number, number]> = {
    ase: [-10, 0],
    kari: [0, 10],
    nav: [10, 0],
    bjorn: [0, -10],
    ola: [-5, 5],
    nett: [5, -5],
  };
  graph.updateEachNodeAttributes((id, attrs) => ({ ...attrs, x: at[id]![0], y: at[id]![1] }));
  return graph;
}

const TEXT = {
  ...pictureCaption(nb, { asOf: '2024-03-05', language: 'nb', nodes: 6, edges: 6 }),
  legend: legendModel(nb, { colorBy: 'sector', colors: [], sizeBy: 'degree' }),
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

const attr = (el: Element | null | undefined, name: string) => Number(el?.getAttribute(name));

describe('the graph as SVG', () => {
  it('is an SVG document with every node and tie, in sector colours, and the legend in Norwegian', () => {
    const doc = parse(graphSvg(placedGraph(), TEXT));
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.querySelector('title')?.textContent).toBe('Brobygger – samarbeidsnettverket');
    expect(doc.querySelectorAll('#ties line')).toHaveLength(6);
    // Four discs and rings (people, the participant, the network) and one square (NAV Skien).
    expect(doc.querySelectorAll('#nodes circle')).toHaveLength(5);
    expect(doc.querySelectorAll('#nodes rect')).toHaveLength(1);
    expect(doc.querySelector('#nodes rect')?.getAttribute('fill')).toBe(SECTOR_COLORS.PUBLIC);
    const fills = [...doc.querySelectorAll('#nodes circle')].map((c) => c.getAttribute('fill'));
    expect(fills).toContain(SECTOR_COLORS.BUSINESS);
    // A participant is a ring: a white centre inside a border in its sector's colour.
    expect([...doc.querySelectorAll('#nodes circle')].some((c) => c.getAttribute('stroke') === SECTOR_COLORS.CIVIL && c.getAttribute('fill') === '#ffffff')).toBe(true);

    const legend = [...doc.querySelectorAll('#legend text')].map((t) => t.textContent);
    expect(legend).toEqual(
      expect.arrayContaining(['Tegnforklaring', 'Sektor', 'Næringsliv', 'Offentlig sektor', 'Sivilsamfunn', 'Deltaker', 'Organisasjon', 'Avtale']),
    );
    expect(doc.querySelectorAll('#legend circle, #legend rect').length).toBe(TEXT.legend.sections.flatMap((s) => s.items).length);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain('Per 5. mars 2024 · 6 noder · 6 bånd');
  });

  it('fits the whole graph inside its frame, with y upwards as sigma draws it', () => {
    const doc = parse(graphSvg(placedGraph(), TEXT));
    const shapes = [...doc.querySelectorAll('#nodes circle')];
    const top = MARGIN + 64;
    for (const c of shapes) {
      expect(attr(c, 'cx')).toBeGreaterThan(MARGIN);
      expect(attr(c, 'cx')).toBeLessThan(MARGIN + GRAPH_WIDTH);
      expect(attr(c, 'cy')).toBeGreaterThan(top);
      expect(attr(c, 'cy')).toBeLessThan(top + GRAPH_HEIGHT);
    }
    const svg = doc.documentElement;
    expect(attr(svg, 'height')).toBeGreaterThan(top + GRAPH_HEIGHT + 100);
    // The graph's height fills the frame but for sigma's padding; Kari (y = 10, the one public
    // disc) is drawn at the top.
    const ys = shapes.map((c) => attr(c, 'cy'));
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(GRAPH_HEIGHT - 60, 0);
    expect(attr(doc.querySelector(`#nodes circle[fill="${SECTOR_COLORS.PUBLIC}"]`), 'cy')).toBe(Math.min(...ys));
  });

  it('draws what the canvas draws: hidden nodes and their ties left out, the reducers’ colours and labels', () => {
    const graph = placedGraph();
    const looks: SvgLooks = {
      node: (id) => {
        const attrs = graph.getNodeAttributes(id);
        if (id === 'ola') return { ...attrs, hidden: true };
        if (id === 'kari') return { ...attrs, color: '#c2255c', size: 9, forceLabel: true };
        return attrs;
      },
      edge: (id) => ({ ...graph.getEdgeAttributes(id), hidden: id === 'e6' }),
    };
    const doc = parse(graphSvg(graph, TEXT, looks));
    // Ola's one tie, and e6, are gone.
    expect(doc.querySelectorAll('#ties line')).toHaveLength(4);
    expect(doc.querySelectorAll('#nodes circle, #nodes rect')).toHaveLength(5);
    expect(doc.querySelector('#nodes [fill="#c2255c"]')).not.toBeNull();
    // Kari's label is forced; the small nodes are drawn too small for one.
    expect([...doc.querySelectorAll('#labels text')].map((t) => t.textContent)).toEqual(['Kari']);
  });

  it('escapes what XML would read as markup', () => {
    const graph = placedGraph();
    graph.setNodeAttribute('nav', 'label', 'Lie & <Sønner> "AS"');
    graph.setNodeAttribute('nav', 'size', 20);
    const svg = graphSvg(graph, TEXT);
    expect(svg).toContain('Lie &amp; &lt;Sønner&gt; &quot;AS&quot;');
    expect(parse(svg).querySelector('#labels text')?.textContent).toBe('Lie & <Sønner> "AS"');
  });
});

describe('the labels the picture shows', () => {
  const node = (id: string, x: number, y: number, look: Partial<NodeLook>): PlacedNode => ({
    id,
    x,
    y,
    look: { size: 10, color: '#000', label: id, ...look },
  });
  const measure = (text: string) => text.length * 7;

  it('keeps the largest node of a grid cell, and none drawn too small', () => {
    const shown = chooseLabels([node('big', 10, 10, { size: 14 }), node('small', 100, 100, { size: 9 }), node('tiny', 500, 500, { size: 3 })], measure);
    expect([...shown]).toEqual(['big']);
  });

  it('leaves out a label that would cross one already placed, but never a forced one', () => {
    const nodes = [node('Anne', 10, 10, {}), node('Berit', 200, 12, { size: 12 }), node('Carl', 200, 14, { forceLabel: true, size: 3 })];
    expect([...chooseLabels(nodes, measure)].sort()).toEqual(['Anne', 'Carl']);
  });
});
