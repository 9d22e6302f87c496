import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Column } from './export-columns';
import { writeGexf } from './gexf-writer';
import { writeGraphml } from './graphml-writer';

interface Row {
  id: string;
  name: string;
}

// What older data may hold, from before the input rules refused it: C0 controls, U+FFFE and
// U+FFFF (noncharacters XML forbids), an unpaired surrogate, markup characters.
const HOSTILE = ['Grenland\uFFFESveis', 'Kafé \uFFFF', 'Bell\u0007 & <Co>', 'Half \uD83D emoji', 'Tab\tand\nnewline 🌉'];
const columns: Column<Row>[] = [{ name: 'name', type: 'string', value: (r) => r.name }];
const nodes: Row[] = HOSTILE.map((name, i) => ({ id: `org_${i}\uFFFF`, name }));
const edges = [{ id: 'e1', source: nodes[0]!.id, target: nodes[1]!.id }];

/** Whether a strict XML parser (Python's expat, which refuses what XML 1.0 forbids) reads the file, and the names it found. */
function parse(xml: string, tag: 'node' | 'attvalue' | 'data'): string[] {
  const script = `
import json, sys
import xml.dom.minidom as minidom
doc = minidom.parseString(sys.stdin.buffer.read())
tag = sys.argv[1]
out = [e.getAttribute('value') if tag == 'attvalue' else e.getAttribute('label') if tag == 'node' else e.firstChild.data if e.firstChild else '' for e in doc.getElementsByTagName(tag)]
print(json.dumps(out))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, tag], { input: xml, encoding: 'utf8' })) as string[];
}

describe('graph files from names XML cannot carry', () => {
  it('writes GEXF that a strict XML parser reads, without the characters XML forbids', () => {
    const xml = writeGexf({
      nodes,
      edges,
      nodeId: (n) => n.id,
      nodeLabel: (n) => n.name,
      edgeEnds: (e) => e,
      edgeWeight: () => 1,
      nodeColumns: columns,
      edgeColumns: [],
    });
    expect(parse(xml, 'node')).toEqual(['GrenlandSveis', 'Kafé ', 'Bell & <Co>', 'Half  emoji', 'Tab\tand\nnewline 🌉']);
    expect(parse(xml, 'attvalue')).toEqual(['GrenlandSveis', 'Kafé ', 'Bell & <Co>', 'Half  emoji', 'Tab\tand\nnewline 🌉']);
  });

  it('writes GraphML that a strict XML parser reads', () => {
    const xml = writeGraphml({ nodes, edges, nodeId: (n) => n.id, edgeEnds: (e) => e, nodeColumns: columns, edgeColumns: [] });
    expect(parse(xml, 'data')).toEqual(['GrenlandSveis', 'Kafé ', 'Bell & <Co>', 'Half  emoji', 'Tab\tand\nnewline 🌉']);
  });
});
