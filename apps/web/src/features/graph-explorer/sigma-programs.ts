import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';

/** The node programs behind KIND_SHAPE (see node-style.ts for why shapes carry the kind). */
export const NODE_PROGRAMS = {
  square: NodeSquareProgram,
  ring: createNodeBorderProgram({
    borders: [
      { size: { value: 0.4, mode: 'relative' }, color: { attribute: 'borderColor' } },
      { size: { fill: true }, color: { attribute: 'color' } },
    ],
  }),
};
