import { describe, expect, it } from 'vitest';
import type { Column } from './export-columns';
import { escapeXml, writeGraphml } from './graphml-writer';

interface Row {
  id: string;
  name: string | null;
  score: number;
  flag: boolean;
}

const columns: Column<Row>[] = [
  { name: 'name', type: 'string', value: (r) => r.name },
  { name: 'score', type: 'double', value: (r) => r.score },
  { name: 'flag', type: 'boolean', value: (r) => r.flag },
];

const write = (nodes: Row[], edges: { id: string; source: string; target: string }[] = []) =>
  writeGraphml({ nodes, edges, nodeId: (n) => n.id, edgeEnds: (e) => e, nodeColumns: columns, edgeColumns: [{ name: 'note', type: 'string', value: () => 'x' }] });

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`Smith & Søn <AS> "sa" 'hun'`)).toBe('Smith &amp; Søn &lt;AS&gt; &quot;sa&quot; &apos;hun&apos;');
  });

  it('drops characters XML 1.0 cannot hold, keeping tabs, newlines and astral characters', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\te\nf\uFFFE')).toBe('abcd\te\nf');
    expect(escapeXml('x\uD800y')).toBe('xy');
    expect(escapeXml('🌉')).toBe('🌉');
  });
});

describe('writeGraphml', () => {
  it('declares every attribute key with its type in the header', () => {
    const xml = write([]);
    expect(xml).toContain('<key id="n0" for="node" attr.name="name" attr.type="string"/>');
    expect(xml).toContain('<key id="n1" for="node" attr.name="score" attr.type="double"/>');
    expect(xml).toContain('<key id="n2" for="node" attr.name="flag" attr.type="boolean"/>');
    expect(xml).toContain('<key id="e0" for="edge" attr.name="note" attr.type="string"/>');
    expect(xml).toContain('<graph id="G" edgedefault="undirected">');
  });

  it('escapes ids and values, and leaves out missing and undefined values', () => {
    const xml = write(
      [
        { id: 'a&"b', name: '<Bedrift & Co>', score: Number.NaN, flag: true },
        { id: 'c', name: null, score: 0.25, flag: false },
      ],
      [{ id: 'e<1>', source: 'a&"b', target: 'c' }],
    );
    expect(xml).toContain('<node id="a&amp;&quot;b"><data key="n0">&lt;Bedrift &amp; Co&gt;</data><data key="n2">true</data></node>');
    expect(xml).toContain('<node id="c"><data key="n1">0.25</data><data key="n2">false</data></node>');
    expect(xml).toContain('<edge id="e&lt;1&gt;" source="a&amp;&quot;b" target="c"><data key="e0">x</data></edge>');
    expect(xml).not.toContain('NaN');
  });
});
