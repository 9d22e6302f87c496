import type { AttributeValue, Column } from './export-columns';

// XML 1.0 cannot carry most control characters at all, nor unpaired surrogates: they are dropped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * The text without the characters XML 1.0 cannot carry (most C0 controls, U+FFFE, U+FFFF,
 * unpaired surrogates), which the input rules refuse today but older data may hold: one of them
 * would make the whole file unreadable.
 */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function formatValue(value: AttributeValue): string | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return escapeXml(value);
}

export interface GraphmlInput<N, E> {
  nodes: readonly N[];
  edges: readonly E[];
  nodeId: (node: N) => string;
  edgeEnds: (edge: E) => { id: string; source: string; target: string };
  nodeColumns: readonly Column<N>[];
  edgeColumns: readonly Column<E>[];
}

/**
 * Writes an undirected GraphML document. Every attribute is declared in the header as a
 * `<key>` with its name and type (networkx, igraph and Gephi read the types from there);
 * a missing or undefined value is left out, which GraphML reads as "no value".
 */
export function writeGraphml<N, E>(input: GraphmlInput<N, E>): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  input.nodeColumns.forEach((column, i) =>
    out.push(`  <key id="n${i}" for="node" attr.name="${escapeXml(column.name)}" attr.type="${column.type}"/>`),
  );
  input.edgeColumns.forEach((column, i) =>
    out.push(`  <key id="e${i}" for="edge" attr.name="${escapeXml(column.name)}" attr.type="${column.type}"/>`),
  );
  out.push('  <graph id="G" edgedefault="undirected">');
  const data = <R>(row: R, columns: readonly Column<R>[], prefix: string) => {
    let text = '';
    columns.forEach((column, i) => {
      const value = formatValue(column.value(row));
      if (value !== null) text += `<data key="${prefix}${i}">${value}</data>`;
    });
    return text;
  };
  for (const node of input.nodes) {
    out.push(`    <node id="${escapeXml(input.nodeId(node))}">${data(node, input.nodeColumns, 'n')}</node>`);
  }
  for (const edge of input.edges) {
    const { id, source, target } = input.edgeEnds(edge);
    out.push(
      `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data(edge, input.edgeColumns, 'e')}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
