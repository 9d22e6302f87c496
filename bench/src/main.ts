import { benchCandidateSearch } from './candidate-search';
import { benchGraphMetrics } from './graph-metrics';
import { benchBrregImport } from './brreg-import';
import { benchExplorerBrowser } from './explorer-browser';
import { benchGraphQuery } from './graph-query';
import { benchLoad } from './load';
import { syntheticDatabase } from './fixture';
import { benchNestedList } from './nested-list';
import { report, ms } from './stats';

/**
 * `pnpm bench`: prints figures, asserts nothing. Each section sets Brobygger beside a plain
 * baseline measured in the same run on the same machine.
 */
async function main(): Promise<void> {
  const people = Number(process.env.BENCH_PEOPLE ?? 20_000);
  const statements = { count: 0 };
  const fixture = await syntheticDatabase(people, { logger: { logQuery: () => void (statements.count += 1) } });
  report('Synthetic network', [
    ['people', String(people)],
    ['seed time', ms(fixture.seedMs)],
  ]);
  const only = process.env.BENCH_ONLY?.split(',');
  const sections: [string, () => Promise<void>][] = [
    ['graph-query', () => benchGraphQuery(fixture)],
    ['nested-list', () => benchNestedList(fixture, statements)],
    ['load', () => benchLoad(fixture)],
    ['graph-metrics', () => benchGraphMetrics(fixture)],
    ['candidate-search', () => benchCandidateSearch(fixture)],
    ['explorer-browser', () => benchExplorerBrowser(fixture)],
  ];
  let failures = 0;
  // A section that fails is reported and the others still run: one broken figure should not hide the rest.
  const run = async (name: string, section: () => Promise<void>) => {
    if (only && !only.includes(name)) return;
    try {
      await section();
    } catch (error) {
      failures += 1;
      report(`${name}: failed`, [['error', error instanceof Error ? error.message : String(error)]]);
    }
  };
  try {
    for (const [name, section] of sections) await run(name, section);
  } finally {
    await fixture.dispose();
  }
  await run('brreg-import', benchBrregImport);
  if (failures) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
