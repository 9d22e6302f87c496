import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import type { Attributes } from 'graphology-types';
import { drawLabelApart } from './label-guard';

/** Squares, labelled like every other node: apart from labels already drawn. */
class SquareProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends NodeSquareProgram<
  N,
  E,
  G
> {
  override drawLabel = drawLabelApart;
}

/** The node programs behind KIND_SHAPE (see node-style.ts for why shapes carry the kind). */
export const NODE_PROGRAMS = {
  square: SquareProgram,
  ring: createNodeBorderProgram({
    borders: [
      { size: { value: 0.4, mode: 'relative' }, color: { attribute: 'borderColor' } },
      { size: { fill: true }, color: { attribute: 'color' } },
    ],
    drawLabel: drawLabelApart,
  }),
};
