import Sigma from 'sigma';
import { keepLabelsApart } from './label-guard';
import type { EdgeAttrs, NodeAttrs } from './types';
import { markBorder, type LegendItem, type LegendModel } from './legend-model';

/** The graph's part of the picture, in CSS pixels; the device's pixel ratio sharpens it. */
const GRAPH_WIDTH = 1400;
const GRAPH_HEIGHT = 1000;
const MARGIN = 32;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const TEXT = '#212529';
const MUTED = '#495057';

/**
 * Draws the whole graph, as the canvas shows it (filters, date, focus, colours), on a canvas of
 * its own. Sigma's way (the png-snapshot example, @sigma/export-image): a second renderer on the
 * same graph and settings, in a hidden container of the wanted size, with the camera reset so
 * the whole graph fits; its layers are drawn right after a synchronous refresh, while the
 * WebGL buffers still hold the frame.
 */
function drawWholeGraph(renderer: Sigma<NodeAttrs, EdgeAttrs>, width: number, height: number): HTMLCanvasElement {
  const pixelRatio = window.devicePixelRatio || 1;
  const root = document.createElement('div');
  Object.assign(root.style, { width: `${width}px`, height: `${height}px`, position: 'absolute', right: '101%', bottom: '101%' });
  document.body.appendChild(root);
  const offscreen = new Sigma<NodeAttrs, EdgeAttrs>(renderer.getGraph(), root, { ...renderer.getSettings(), hideEdgesOnMove: false });
  try {
    keepLabelsApart(offscreen, () => offscreen.getGraph().filterNodes((id) => offscreen.getNodeDisplayData(id)?.forceLabel === true));
    offscreen.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    offscreen.refresh();
    const out = document.createElement('canvas');
    out.width = Math.round(width * pixelRatio);
    out.height = Math.round(height * pixelRatio);
    const ctx = out.getContext('2d');
    if (!ctx) return out;
    const canvases = offscreen.getCanvases();
    for (const layer of ['edges', 'nodes', 'labels', 'hovers', 'hoverNodes']) {
      const canvas = canvases[layer];
      if (canvas) ctx.drawImage(canvas, 0, 0, out.width, out.height);
    }
    return out;
  } finally {
    offscreen.kill();
    root.remove();
  }
}

function drawMark(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, y: number): void {
  const r = 6;
  ctx.save();
  if (item.mark === 'line') {
    ctx.fillStyle = item.color;
    ctx.fillRect(x, y - 1.5, 16, 3);
  } else if (item.mark === 'square') {
    ctx.fillStyle = item.color;
    ctx.fillRect(x, y - r, 2 * r, 2 * r);
  } else {
    ctx.beginPath();
    ctx.arc(x + r, y, r, 0, Math.PI * 2);
    ctx.fillStyle = item.mark === 'ring' ? '#ffffff' : item.color;
    ctx.fill();
    if (item.mark === 'ring' || item.mark === 'network') {
      ctx.beginPath();
      ctx.arc(x + r, y, r - 1.5, 0, Math.PI * 2);
      ctx.lineWidth = 3;
      ctx.strokeStyle = markBorder(item.mark, item.color);
      ctx.stroke();
    }
  }
  ctx.restore();
}

/**
 * Lays the legend out in rows under the graph and draws it when `draw` is true; returns the
 * height it takes, so the picture can be sized before anything is drawn.
 */
function layoutLegend(ctx: CanvasRenderingContext2D, legend: LegendModel, left: number, top: number, width: number, draw: boolean): number {
  const line = 22;
  let y = top;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = TEXT;
  ctx.font = `600 15px ${FONT}`;
  if (draw) ctx.fillText(legend.title, left, y + line / 2);
  y += line + 4;
  for (const section of legend.sections) {
    ctx.font = `600 13px ${FONT}`;
    const headingWidth = Math.max(ctx.measureText(section.heading).width + 16, 130);
    if (draw) {
      ctx.fillStyle = MUTED;
      ctx.fillText(section.heading, left, y + line / 2);
    }
    ctx.font = `13px ${FONT}`;
    let x = left + headingWidth;
    for (const item of section.items) {
      const w = 22 + ctx.measureText(item.label).width + 18;
      if (x + w > left + width && x > left + headingWidth) {
        x = left + headingWidth;
        y += line;
      }
      if (draw) {
        drawMark(ctx, item, x, y + line / 2);
        ctx.fillStyle = TEXT;
        ctx.fillText(item.label, x + 22, y + line / 2);
      }
      x += w;
    }
    y += line;
  }
  for (const [text, color] of [
    [legend.sizeNote, MUTED],
    [legend.note, '#a61e4d'],
  ] as const) {
    if (!text) continue;
    ctx.font = `13px ${FONT}`;
    if (draw) {
      ctx.fillStyle = color;
      ctx.fillText(text, left, y + line / 2, width);
    }
    y += line;
  }
  return y - top;
}

export interface PictureText {
  title: string;
  subtitle: string;
  legend: LegendModel;
}

/**
 * The whole graph as a picture: title and date above, the graph, and its legend below, in the
 * UI's language. Returns the canvas, which `savePng` turns into a file.
 */
export function renderGraphPicture(renderer: Sigma<NodeAttrs, EdgeAttrs>, text: PictureText): HTMLCanvasElement {
  const graph = drawWholeGraph(renderer, GRAPH_WIDTH, GRAPH_HEIGHT);
  const pixelRatio = graph.width / GRAPH_WIDTH;
  const width = GRAPH_WIDTH + 2 * MARGIN;
  const out = document.createElement('canvas');
  const measure = out.getContext('2d');
  if (!measure) return graph;
  const headerHeight = 64;
  const legendHeight = layoutLegend(measure, text.legend, MARGIN, 0, GRAPH_WIDTH, false);
  const height = MARGIN + headerHeight + GRAPH_HEIGHT + 16 + legendHeight + MARGIN;
  out.width = Math.round(width * pixelRatio);
  out.height = Math.round(height * pixelRatio);
  const ctx = out.getContext('2d');
  if (!ctx) return graph;
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = TEXT;
  ctx.font = `700 24px ${FONT}`;
  ctx.fillText(text.title, MARGIN, MARGIN + 24);
  ctx.fillStyle = MUTED;
  ctx.font = `15px ${FONT}`;
  ctx.fillText(text.subtitle, MARGIN, MARGIN + 50);
  const graphTop = MARGIN + headerHeight;
  ctx.strokeStyle = '#dee2e6';
  ctx.strokeRect(MARGIN - 0.5, graphTop - 0.5, GRAPH_WIDTH + 1, GRAPH_HEIGHT + 1);
  ctx.drawImage(graph, MARGIN, graphTop, GRAPH_WIDTH, GRAPH_HEIGHT);
  layoutLegend(ctx, text.legend, MARGIN, graphTop + GRAPH_HEIGHT + 16, GRAPH_WIDTH, true);
  return out;
}

/** Saves a canvas as a PNG file through a temporary link. */
export function savePng(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('PNG encoding failed'));
        return;
      }
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      resolve();
    }, 'image/png');
  });
}
