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
  try {
    await benchGraphQuery(fixture);
    await benchNestedList(fixture, statements);
    await benchLoad(fixture);
    await benchGraphMetrics(fixture);
    await benchCandidateSearch(fixture);
    await benchExplorerBrowser(fixture);
  } finally {
    fixture.dispose();
  }
  await benchBrregImport();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
