import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { labelBox, LabelSpace } from './labels';

// One space per labels canvas: the drawer only gets the context, and each renderer has its own.
const spaces = new WeakMap<CanvasRenderingContext2D, LabelSpace>();

/**
 * Sigma's label drawer (disc and square alike: right of the node, baseline a third of the font
 * below its centre), with a white halo so a name stays legible over ties, and leaving out a
 * label that would cross one already drawn.
 */
export function drawLabelApart<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes>(
  context: CanvasRenderingContext2D,
  data: Parameters<NodeLabelDrawingFunction>[1],
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const space = spaces.get(context);
  if (space) {
    const box = labelBox(data.x, data.y, data.size, context.measureText(data.label).width, size);
    const forced = 'forceLabel' in data && data.forceLabel === true;
    if (!forced && !space.fits(box)) return;
    space.take(box);
  }
  const { attribute, color } = settings.labelColor;
  const own = attribute ? (data as Record<string, unknown>)[attribute] : undefined;
  const fill = typeof own === 'string' ? own : (color ?? '#000');
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  context.strokeText(data.label, x, y);
  context.fillStyle = fill;
  context.fillText(data.label, x, y);
}

/**
 * Gives a renderer its label space, emptied before every frame. The forced labels are drawn
 * last by sigma, so their room is taken first: grid labels then keep clear of them.
 */
export function keepLabelsApart<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>, forcedNodes: () => Iterable<string>): void {
  const context = renderer.getCanvases().labels?.getContext('2d');
  if (!context) return;
  const space = new LabelSpace();
  spaces.set(context, space);
  renderer.on('beforeRender', () => {
    space.clear();
    const settings = renderer.getSettings();
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    for (const id of forcedNodes()) {
      const data = renderer.getNodeDisplayData(id);
      if (!data || data.hidden || !data.label) continue;
      const at = renderer.framedGraphToViewport(data);
      space.take(labelBox(at.x, at.y, renderer.scaleSize(data.size), context.measureText(data.label).width, settings.labelSize));
    }
  });
}
