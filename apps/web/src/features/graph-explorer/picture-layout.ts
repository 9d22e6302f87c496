import type { LegendItem, LegendModel } from './legend-model';

/**
 * Where things go in an exported picture of the graph, so the PNG and the SVG are the same
 * picture: the title and date above, the whole graph in a frame, its legend below.
 */

/** The graph's part of the picture, in CSS pixels. */
export const GRAPH_WIDTH = 1400;
export const GRAPH_HEIGHT = 1000;
export const MARGIN = 32;
export const HEADER_HEIGHT = 64;
/** Between the graph's frame and the legend. */
export const LEGEND_GAP = 16;
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const TEXT_COLOR = '#212529';
export const MUTED_COLOR = '#495057';
/** The sampling caveat: a dark red that reads on white. */
export const NOTE_COLOR = '#a61e4d';
export const FRAME_COLOR = '#dee2e6';

export interface TextStyle {
  size: number;
  weight: number;
}

export const TITLE_STYLE: TextStyle = { size: 24, weight: 700 };
export const SUBTITLE_STYLE: TextStyle = { size: 15, weight: 400 };
const LEGEND_TITLE: TextStyle = { size: 15, weight: 600 };
const LEGEND_HEADING: TextStyle = { size: 13, weight: 600 };
const LEGEND_TEXT: TextStyle = { size: 13, weight: 400 };

/** The width a text takes in a style, in CSS pixels. */
export type MeasureText = (text: string, style: TextStyle) => number;

/** A canvas's own measure, as the browser will draw the text. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): MeasureText {
  return (text, style) => {
    ctx.font = cssFont(style);
    return ctx.measureText(text).width;
  };
}

/** A measure without a canvas (tests, or a browser that refuses one): an average glyph width. */
export const estimateMeasure: MeasureText = (text, style) => text.length * style.size * 0.56;

export function cssFont(style: TextStyle): string {
  return `${style.weight} ${style.size}px ${FONT_FAMILY}`;
}

/** A line of text, placed by the middle of its line (`y`), starting at `x`. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  style: TextStyle;
  color: string;
  /** The room it may take; longer text is squeezed (canvas) or scaled down (SVG). */
  maxWidth?: number;
}

/** A legend sample, placed by its left edge and the middle of its line. */
export interface PlacedMark {
  item: LegendItem;
  x: number;
  y: number;
}

export interface LegendLayout {
  texts: PlacedText[];
  marks: PlacedMark[];
  height: number;
}

const LINE = 22;
const MARK_WIDTH = 22;
const ITEM_GAP = 18;
const MIN_HEADING_WIDTH = 130;

/**
 * The legend in rows below the graph: its title, then each section's heading with its items
 * wrapping inside `width`, then what size means and any caveat on the figures.
 */
export function layoutLegend(legend: LegendModel, left: number, top: number, width: number, measure: MeasureText): LegendLayout {
  const texts: PlacedText[] = [];
  const marks: PlacedMark[] = [];
  let y = top;
  texts.push({ text: legend.title, x: left, y: y + LINE / 2, style: LEGEND_TITLE, color: TEXT_COLOR });
  y += LINE + 4;
  for (const section of legend.sections) {
    const headingWidth = Math.max(measure(section.heading, LEGEND_HEADING) + 16, MIN_HEADING_WIDTH);
    texts.push({ text: section.heading, x: left, y: y + LINE / 2, style: LEGEND_HEADING, color: MUTED_COLOR });
    let x = left + headingWidth;
    for (const item of section.items) {
      const w = MARK_WIDTH + measure(item.label, LEGEND_TEXT) + ITEM_GAP;
      if (x + w > left + width && x > left + headingWidth) {
        x = left + headingWidth;
        y += LINE;
      }
      marks.push({ item, x, y: y + LINE / 2 });
      texts.push({ text: item.label, x: x + MARK_WIDTH, y: y + LINE / 2, style: LEGEND_TEXT, color: TEXT_COLOR });
      x += w;
    }
    y += LINE;
  }
  for (const [text, color] of [
    [legend.sizeNote, MUTED_COLOR],
    [legend.note, NOTE_COLOR],
  ] as const) {
    if (!text) continue;
    texts.push({ text, x: left, y: y + LINE / 2, style: LEGEND_TEXT, color, maxWidth: width });
    y += LINE;
  }
  return { texts, marks, height: y - top };
}

/** The picture's frame: where the graph and the legend sit, and how large the whole is. */
export interface PictureFrame {
  width: number;
  height: number;
  graphTop: number;
  legend: LegendLayout;
}

export function pictureFrame(legend: LegendModel, measure: MeasureText): PictureFrame {
  const graphTop = MARGIN + HEADER_HEIGHT;
  const placed = layoutLegend(legend, MARGIN, graphTop + GRAPH_HEIGHT + LEGEND_GAP, GRAPH_WIDTH, measure);
  return {
    width: GRAPH_WIDTH + 2 * MARGIN,
    height: graphTop + GRAPH_HEIGHT + LEGEND_GAP + placed.height + MARGIN,
    graphTop,
    legend: placed,
  };
}
