import { benchCandidateSearch } from './candidate-search';
import { benchGraphMetrics } from './graph-metrics';
import { benchBrregImport } from './brreg-import';
import { benchExplorerBrowser } from './explorer-browser';
import { benchGraphQuery } from './graph-query';
import { benchLoad } from './load';
import { syntheticDatabase } from './fixture';
import { figure, line, report, writeFigures } from './figures';
import { benchNestedList } from './nested-list';

/**
 * `pnpm bench`: prints figures, asserts nothing. Each section sets Brobygger beside a plain
 * baseline measured in the same run on the same machine, on the database this run uses: a
 * temporary SQLite file, or with DATABASE_URL=postgres://… a scratch database on that server.
 * BENCH_JSON=FILE also writes every printed figure to FILE (figures.ts).
 */
async function main(): Promise<void> {
  const people = Number(process.env.BENCH_PEOPLE ?? 20_000);
  const statements = { count: 0 };
  let failures = 0;
  // A section that fails is reported and the others still run: one broken figure should not hide the rest.
  const only = process.env.BENCH_ONLY?.split(',');
  const run = async (name: string, section: () => Promise<void>) => {
    if (only && !only.includes(name)) return;
    try {
      await section();
    } catch (error) {
      failures += 1;
      report(`${name}: failed`, [['error', error instanceof Error ? error.message : String(error)]]);
    }
  };
  const fixture = await syntheticDatabase(people, { logger: { logQuery: () => void (statements.count += 1) } });
  const dialect = fixture.plain.dialect;
  try {
    const { version, where } = await fixture.plain.describe();
    report('Database', [
      [
        'dialect',
        dialect === 'postgres'
          ? line`${figure('database.dialect', dialect, '')}: PostgreSQL ${figure('database.serverVersion', version, '')}`
          : line`${figure('database.dialect', dialect, '')}: SQLite ${figure('database.sqliteVersion', version, '')} (better-sqlite3)`,
      ],
      [dialect === 'postgres' ? 'scratch database' : 'file', where],
      ['plain baseline', fixture.plain.name],
    ]);
    report('Synthetic network', [
      ['people', figure('fixture.people', people, 'count')],
      ['seed time', figure('fixture.seedMs', fixture.seedMs, 'ms')],
    ]);
    const sections: [string, () => Promise<void>][] = [
      ['graph-query', () => benchGraphQuery(fixture)],
      ['nested-list', () => benchNestedList(fixture, statements)],
      ['load', () => benchLoad(fixture)],
      ['graph-metrics', () => benchGraphMetrics(fixture)],
      ['candidate-search', () => benchCandidateSearch(fixture)],
      ['explorer-browser', () => benchExplorerBrowser(fixture)],
    ];
    // A misspelt section would otherwise run nothing and say nothing.
    const unknown = only?.filter((name) => name !== 'brreg-import' && !sections.some(([known]) => known === name)) ?? [];
    if (unknown.length) {
      failures += 1;
      report('BENCH_ONLY', [['no such section', `${unknown.join(', ')} (sections: ${[...sections.map(([known]) => known), 'brreg-import'].join(', ')})`]]);
    }
    for (const [name, section] of sections) await run(name, section);
  } finally {
    await fixture.dispose();
  }
  try {
    await run('brreg-import', benchBrregImport);
  } finally {
    const file = process.env.BENCH_JSON;
    if (file) console.log(`\nFigures written to ${writeFigures(file, dialect)}`);
  }
  if (failures) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
