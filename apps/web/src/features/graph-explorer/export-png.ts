import Sigma from 'sigma';
import { keepLabelsApart } from './label-guard';
import type { EdgeAttrs, NodeAttrs } from './types';
import { markBorder, type LegendModel } from './legend-model';
import {
  canvasMeasure,
  cssFont,
  FRAME_COLOR,
  GRAPH_HEIGHT,
  GRAPH_WIDTH,
  MARGIN,
  MUTED_COLOR,
  SUBTITLE_STYLE,
  TEXT_COLOR,
  TITLE_STYLE,
  pictureFrame,
  type PlacedMark,
  type PlacedText,
} from './picture-layout';

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

function drawMark(ctx: CanvasRenderingContext2D, { item, x, y }: PlacedMark): void {
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

function drawText(ctx: CanvasRenderingContext2D, text: PlacedText): void {
  ctx.font = cssFont(text.style);
  ctx.fillStyle = text.color;
  ctx.fillText(text.text, text.x, text.y, text.maxWidth);
}

export interface PictureText {
  title: string;
  subtitle: string;
  legend: LegendModel;
}

/**
 * The whole graph as a picture: title and date above, the graph, and its legend below, in the
 * UI's language (picture-layout.ts, which the SVG shares). Returns the canvas, which `savePng`
 * turns into a file.
 */
export function renderGraphPicture(renderer: Sigma<NodeAttrs, EdgeAttrs>, text: PictureText): HTMLCanvasElement {
  const graph = drawWholeGraph(renderer, GRAPH_WIDTH, GRAPH_HEIGHT);
  const pixelRatio = graph.width / GRAPH_WIDTH;
  const out = document.createElement('canvas');
  const measure = out.getContext('2d');
  if (!measure) return graph;
  const frame = pictureFrame(text.legend, canvasMeasure(measure));
  out.width = Math.round(frame.width * pixelRatio);
  out.height = Math.round(frame.height * pixelRatio);
  const ctx = out.getContext('2d');
  if (!ctx) return graph;
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, frame.width, frame.height);
  ctx.textBaseline = 'alphabetic';
  drawText(ctx, { text: text.title, x: MARGIN, y: MARGIN + 24, style: TITLE_STYLE, color: TEXT_COLOR });
  drawText(ctx, { text: text.subtitle, x: MARGIN, y: MARGIN + 50, style: SUBTITLE_STYLE, color: MUTED_COLOR });
  ctx.strokeStyle = FRAME_COLOR;
  ctx.strokeRect(MARGIN - 0.5, frame.graphTop - 0.5, GRAPH_WIDTH + 1, GRAPH_HEIGHT + 1);
  ctx.drawImage(graph, MARGIN, frame.graphTop, GRAPH_WIDTH, GRAPH_HEIGHT);
  ctx.textBaseline = 'middle';
  for (const mark of frame.legend.marks) drawMark(ctx, mark);
  for (const placed of frame.legend.texts) drawText(ctx, placed);
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
