import type { AbstractGraph, Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { LABEL_SETTINGS, labelBox, LabelSpace } from './labels';
import { markBorder, type LegendModel } from './legend-model';
import {
  estimateMeasure,
  FONT_FAMILY,
  FRAME_COLOR,
  GRAPH_HEIGHT,
  GRAPH_WIDTH,
  MARGIN,
  MUTED_COLOR,
  pictureFrame,
  SUBTITLE_STYLE,
  TEXT_COLOR,
  TITLE_STYLE,
  type MeasureText,
  type PlacedMark,
  type PlacedText,
} from './picture-layout';
import type { EdgeAttrs, NodeAttrs } from './types';

/**
 * The whole graph as an SVG file, the same picture as the PNG (picture-layout.ts): title and
 * date, the graph, its legend. Sigma draws with WebGL and has no SVG renderer, so the graph is
 * written from graphology's positions (x, y) and from what the canvas draws of each node and
 * tie (size, colour, hidden, label: the reducers' output when a renderer is at hand).
 */

/** How a node or tie is drawn: sigma's display data, or the graph's own attributes. */
export interface NodeLook {
  size: number;
  color: string;
  borderColor?: string;
  type?: string;
  label?: string | null;
  hidden?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
}

export interface EdgeLook {
  size: number;
  color: string;
  hidden?: boolean;
  zIndex?: number;
}

export interface SvgLooks {
  node: (id: string) => NodeLook | undefined;
  edge: (id: string) => EdgeLook | undefined;
}

/** What the canvas draws of each node and tie: the reducers' output (focus, date, path, metric looks). */
export function rendererLooks(renderer: Sigma<NodeAttrs, EdgeAttrs>): SvgLooks {
  return { node: (id) => renderer.getNodeDisplayData(id), edge: (id) => renderer.getEdgeDisplayData(id) };
}

/** A graph with sigma's attributes: positions, sizes, colours, labels. */
type DrawnGraph = AbstractGraph<Pick<NodeAttrs, 'x' | 'y'> & NodeLook, EdgeLook & Attributes>;

export interface SvgText {
  title: string;
  subtitle: string;
  legend: LegendModel;
}

/** Sigma's default stage padding: the graph keeps this far from the frame's edge. */
const PADDING = 30;
/** The border of a ring (participants, networks) as a share of its radius, as sigma-programs.ts draws it. */
const RING_BORDER = 0.4;

/** A node where the picture draws it, in CSS pixels. */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  look: NodeLook;
}

/** XML's five special characters, escaped for text and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** A number short enough for a file: two decimals at most. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Fits the visible nodes into the graph's frame as sigma frames them with the camera reset:
 * one scale for both axes, centred, y upwards.
 */
function placeNodes(graph: DrawnGraph, looks: SvgLooks, top: number): PlacedNode[] {
  const shown: { id: string; gx: number; gy: number; look: NodeLook }[] = [];
  graph.forEachNode((id, attrs) => {
    const look = looks.node(id) ?? attrs;
    if (look.hidden) return;
    shown.push({ id, gx: attrs.x, gy: attrs.y, look });
  });
  if (shown.length === 0) return [];
  const xs = shown.map((s) => s.gx);
  const ys = shown.map((s) => s.gy);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const room = { w: GRAPH_WIDTH - 2 * PADDING, h: GRAPH_HEIGHT - 2 * PADDING };
  const scale = spanX === 0 && spanY === 0 ? 1 : Math.min(spanX > 0 ? room.w / spanX : Infinity, spanY > 0 ? room.h / spanY : Infinity);
  const centre = { x: MARGIN + GRAPH_WIDTH / 2, y: top + GRAPH_HEIGHT / 2 };
  return shown.map((s) => ({
    id: s.id,
    x: centre.x + (s.gx - (minX + maxX) / 2) * scale,
    y: centre.y - (s.gy - (minY + maxY) / 2) * scale,
    look: s.look,
  }));
}

/**
 * The labels the canvas would show with the camera reset: the forced ones (the focus, the
 * path), then, as sigma's label grid does, the largest node of each cell that is drawn large
 * enough; a label crossing one already placed is left out (label-guard.ts).
 */
export function chooseLabels(nodes: readonly PlacedNode[], measure: (text: string) => number): Set<string> {
  const { labelSize, labelGridCellSize, labelRenderedSizeThreshold } = LABEL_SETTINGS;
  const withLabel = nodes.filter((node) => node.look.label);
  const forced = withLabel.filter((node) => node.look.forceLabel);
  const largestPerCell = new Map<string, PlacedNode>();
  for (const node of withLabel) {
    if (node.look.forceLabel || node.look.size < labelRenderedSizeThreshold) continue;
    const cell = `${Math.floor(node.x / labelGridCellSize)}:${Math.floor(node.y / labelGridCellSize)}`;
    const best = largestPerCell.get(cell);
    if (!best || node.look.size > best.look.size) largestPerCell.set(cell, node);
  }
  const candidates = [...largestPerCell.values()].sort((a, b) => b.look.size - a.look.size);
  const space = new LabelSpace();
  const shown = new Set<string>();
  for (const node of [...forced, ...candidates]) {
    const box = labelBox(node.x, node.y, node.look.size, measure(node.look.label ?? ''), labelSize);
    if (!node.look.forceLabel && !space.fits(box)) continue;
    space.take(box);
    shown.add(node.id);
  }
  return shown;
}

function nodeShape({ x, y, look }: PlacedNode): string {
  const r = look.size;
  if (look.type === 'square')
    return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" fill="${escapeXml(look.color)}"/>`;
  if (look.type === 'ring') {
    // A border of 40 % of the radius around the node's own colour: a stroke centred inside the edge.
    const border = r * RING_BORDER;
    return (
      `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r - border / 2)}" fill="${escapeXml(look.color)}" ` +
      `stroke="${escapeXml(look.borderColor ?? look.color)}" stroke-width="${n(border)}"/>`
    );
  }
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${escapeXml(look.color)}"/>`;
}

function legendMark({ item, x, y }: PlacedMark): string {
  const r = 6;
  const color = escapeXml(item.color);
  if (item.mark === 'line') return `<rect x="${n(x)}" y="${n(y - 1.5)}" width="16" height="3" fill="${color}"/>`;
  if (item.mark === 'square') return `<rect x="${n(x)}" y="${n(y - r)}" width="${2 * r}" height="${2 * r}" fill="${color}"/>`;
  if (item.mark === 'disc') return `<circle cx="${n(x + r)}" cy="${n(y)}" r="${r}" fill="${color}"/>`;
  const fill = item.mark === 'ring' ? '#ffffff' : color;
  return `<circle cx="${n(x + r)}" cy="${n(y)}" r="${r - 1.5}" fill="${fill}" stroke="${escapeXml(markBorder(item.mark, item.color))}" stroke-width="3"/>`;
}

function textElement(text: PlacedText, baseline: 'middle' | 'alphabetic', measure: MeasureText): string {
  const squeeze = text.maxWidth !== undefined && measure(text.text, text.style) > text.maxWidth;
  return (
    `<text x="${n(text.x)}" y="${n(text.y)}" font-size="${text.style.size}" font-weight="${text.style.weight}" fill="${escapeXml(text.color)}"` +
    (baseline === 'middle' ? ' dominant-baseline="central"' : '') +
    (squeeze ? ` textLength="${n(text.maxWidth ?? 0)}" lengthAdjust="spacingAndGlyphs"` : '') +
    `>${escapeXml(text.text)}</text>`
  );
}

/**
 * The SVG document of the whole graph: edges under nodes (each by its z-index, as the canvas
 * layers them), the labels the canvas would show, with a white halo, and the legend.
 */
export function graphSvg(graph: DrawnGraph, text: SvgText, looks?: SvgLooks, measure: MeasureText = estimateMeasure): string {
  const lookOf: SvgLooks = looks ?? { node: (id) => graph.getNodeAttributes(id), edge: (id) => graph.getEdgeAttributes(id) };
  const frame = pictureFrame(text.legend, measure);
  const nodes = placeNodes(graph, lookOf, frame.graphTop);
  const at = new Map(nodes.map((node) => [node.id, node]));

  const edges: { z: number; svg: string }[] = [];
  graph.forEachEdge((id, attrs, source, target) => {
    const look = lookOf.edge(id) ?? attrs;
    const from = at.get(source);
    const to = at.get(target);
    if (look.hidden || !from || !to) return;
    edges.push({
      z: look.zIndex ?? 0,
      svg: `<line x1="${n(from.x)}" y1="${n(from.y)}" x2="${n(to.x)}" y2="${n(to.y)}" stroke="${escapeXml(look.color)}" stroke-width="${n(look.size)}"/>`,
    });
  });
  edges.sort((a, b) => a.z - b.z);
  const ordered = [...nodes].sort((a, b) => (a.look.zIndex ?? 0) - (b.look.zIndex ?? 0));
  const labelStyle = { size: LABEL_SETTINGS.labelSize, weight: Number(LABEL_SETTINGS.labelWeight) };
  const labelled = chooseLabels(nodes, (label) => measure(label, labelStyle));
  const labels = nodes
    .filter((node) => labelled.has(node.id))
    .map(
      (node) =>
        `<text x="${n(node.x + node.look.size + 3)}" y="${n(node.y + LABEL_SETTINGS.labelSize / 3)}">${escapeXml(node.look.label ?? '')}</text>`,
    );

  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<desc>${escapeXml(text.subtitle)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    textElement({ text: text.title, x: MARGIN, y: MARGIN + 24, style: TITLE_STYLE, color: TEXT_COLOR }, 'alphabetic', measure),
    textElement({ text: text.subtitle, x: MARGIN, y: MARGIN + 50, style: SUBTITLE_STYLE, color: MUTED_COLOR }, 'alphabetic', measure),
    `<rect x="${MARGIN - 0.5}" y="${frame.graphTop - 0.5}" width="${GRAPH_WIDTH + 1}" height="${GRAPH_HEIGHT + 1}" fill="none" stroke="${FRAME_COLOR}"/>`,
    `<g id="ties" stroke-linecap="round">`,
    ...edges.map((edge) => edge.svg),
    `</g>`,
    `<g id="nodes">`,
    ...ordered.map(nodeShape),
    `</g>`,
    `<g id="labels" font-size="${LABEL_SETTINGS.labelSize}" font-weight="${LABEL_SETTINGS.labelWeight}" fill="${TEXT_COLOR}" stroke="#ffffff" stroke-opacity="0.9" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`,
    ...labels,
    `</g>`,
    `<g id="legend">`,
    ...frame.legend.marks.map(legendMark),
    ...frame.legend.texts.map((placed) => textElement(placed, 'middle', measure)),
    `</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
