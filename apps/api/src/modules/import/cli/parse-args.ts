import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeOrgNumber } from '@brobygger/domain';

export const USAGE = `Usage: pnpm import:brreg FILE [--kommune 4003] [--kommune 4001] [--orgnr-file list.txt] [--dry-run]

FILE is the register's bulk file of enheter: CSV or JSON, plain or gzipped.
  --kommune NUMBER    only organisations in this municipality (repeat, or separate with commas)
  --orgnr-file FILE   only the organisation numbers listed in FILE (one a line; # starts a comment)
  --dry-run           report what would be created, updated and rejected; write nothing`;

export interface CliOptions {
  file: string;
  municipalities: string[];
  orgNumbers: Set<string> | undefined;
  dryRun: boolean;
}

/** pnpm runs the script in apps/api; paths on the command line are relative to where the user typed it. */
function fromUserDirectory(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** Reads an org-number list: one number a line, blank lines and `#` comments ignored. */
export function parseOrgNumberList(text: string): Set<string> {
  const numbers = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const value = normalizeOrgNumber(line.replace(/#.*/, ''));
    if (value) numbers.add(value);
  }
  return numbers;
}

/** The command line as options; throws with the usage text when it cannot be understood. */
export function parseCli(argv: readonly string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      kommune: { type: 'string', multiple: true },
      'orgnr-file': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error(USAGE);
  const municipalities = (values.kommune ?? []).flatMap((value) => value.split(',')).map((value) => value.trim());
  const wrong = municipalities.find((number) => !/^\d{4}$/.test(number));
  if (wrong !== undefined) throw new Error(`--kommune takes a kommunenummer of 4 digits, like 4003; got "${wrong}".`);
  const listFile = values['orgnr-file'];
  return {
    file: fromUserDirectory(file),
    municipalities,
    orgNumbers: listFile ? parseOrgNumberList(readFileSync(fromUserDirectory(listFile), 'utf8')) : undefined,
    dryRun: values['dry-run'],
  };
}
