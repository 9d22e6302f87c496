import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every figure the bench prints, kept for `BENCH_JSON=FILE` (DESIGN.md, "Names others rely
 * on"). Sections print only through `report`, and `report` records exactly the figures it
 * prints, so the file and the output cannot disagree. A figure's value is rounded as it is
 * printed: the number in the file is the number on the screen.
 */
export interface Figure {
  /** Stable dotted id, e.g. `graphQuery.apiMs`; add new ids rather than renaming old ones. */
  readonly id: string;
  readonly value: number | string;
  readonly unit: string;
  /** How the value is printed. */
  readonly text: string;
}

/** Decimals printed per unit; a unit not listed prints whole numbers. */
const DIGITS: Readonly<Record<string, number>> = { ms: 1, s: 1, MB: 1, kB: 1, '%': 1, '×': 2 };

interface FigureOptions {
  /** Decimals, instead of the unit's default. */
  digits?: number;
  /** Print as 1.2e-11 (two significant digits): differences that are far below one. */
  exponential?: boolean;
  /** Thousands separators (rows per second). */
  grouped?: boolean;
}

function printed(value: number, unit: string, options: FigureOptions): { value: number; text: string } {
  if (options.exponential) {
    const text = value.toExponential(1);
    return { value: Number(text), text };
  }
  const digits = options.digits ?? DIGITS[unit] ?? 0;
  const rounded = Number(value.toFixed(digits));
  const number = options.grouped
    ? rounded.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : rounded.toFixed(digits);
  if (unit === '' || unit === 'count') return { value: rounded, text: number };
  if (unit === '×') return { value: rounded, text: `${number}×` };
  return { value: rounded, text: `${number} ${unit}` };
}

/**
 * A measured number (or a word, with unit ''), ready to print and to write. A number that is
 * not finite (nothing was measured, a division by zero) is printed as it is and left out of
 * the file: no figure is better than a made-up one.
 */
export function figure(id: string, value: number | string, unit: string, options: FigureOptions = {}): Figure {
  if (typeof value === 'string') return { id, value, unit, text: value };
  if (!Number.isFinite(value)) return { id, value, unit, text: String(value) };
  return { id, unit, ...printed(value, unit, options) };
}

/** Printed text holding figures: line`${figure(…)}  (goal ≤ 20 ms)`. */
export interface Line {
  readonly text: string;
  readonly figures: readonly Figure[];
}

export function line(strings: TemplateStringsArray, ...parts: (Figure | Line | string | number)[]): Line {
  const figures: Figure[] = [];
  let text = strings[0] ?? '';
  parts.forEach((part, i) => {
    if (typeof part === 'object') {
      figures.push(...('figures' in part ? part.figures : [part]));
      text += part.text;
    } else text += String(part);
    text += strings[i + 1] ?? '';
  });
  return { text, figures };
}

export type Cell = string | Figure | Line;
export type Row = [label: string, cell: Cell];

const recorded: Figure[] = [];
const ids = new Set<string>();

const figuresOf = (cell: Cell): readonly Figure[] => (typeof cell === 'string' ? [] : 'figures' in cell ? cell.figures : [cell]);
const textOf = (cell: Cell): string => (typeof cell === 'string' ? cell : cell.text);

/** Prints a section heading and aligned "label  value" rows, and records their figures. */
export function report(title: string, rows: readonly Row[]): void {
  const figures = rows
    .flatMap(([, cell]) => figuresOf(cell))
    .filter((f) => typeof f.value === 'string' || Number.isFinite(f.value));
  for (const [i, f] of figures.entries()) {
    // Ids are what outside tools key on: one id, one figure.
    if (ids.has(f.id) || figures.findIndex((other) => other.id === f.id) !== i) throw new Error(`figure ${f.id} reported twice`);
  }
  for (const f of figures) {
    ids.add(f.id);
    recorded.push(f);
  }
  console.log(`\n## ${title}`);
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  for (const [label, cell] of rows) console.log(`  ${label.padEnd(width)}  ${textOf(cell)}`);
}

/**
 * Writes what was reported so far as `{ database, figures: [{ id, value, unit }] }`; a relative
 * path is taken from where `pnpm bench` was started (pnpm runs the script in bench/).
 */
export function writeFigures(file: string, database: string): string {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const figures = recorded.map(({ id, value, unit }) => ({ id, value, unit }));
  writeFileSync(path, `${JSON.stringify({ database, figures }, null, 2)}\n`);
  return path;
}

/** An id segment from printed words: "propose agreement: FORBIDDEN" → "proposeAgreementForbidden". */
export function idPart(words: string): string {
  const parts = words.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return parts.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
}
