import { loadEnv } from '@brobygger/api/env';
import { startApp } from '@brobygger/api/server';
import type { BenchDatabase } from './fixture';
import { loggedInClient } from './api-client';
import { figure, report, type Row } from './figures';
import { productionSettings } from './production-settings';

const NESTED = `query($first: Int) {
  people(first: $first) { nodes { name organization { name } agreements { title status } } }
}`;

/**
 * Counts the SQL statements one nested list query sends, at two page sizes: with batching
 * (DataLoader) the count does not grow with the page.
 */
export async function benchNestedList(fixture: BenchDatabase, statements: { count: number }): Promise<void> {
  const app = await startApp({ handle: fixture.handle, env: loadEnv(productionSettings(fixture.location)) }, 0);
  try {
    const client = await loggedInClient(app.url);
    const rows: Row[] = [];
    for (const first of [10, 100]) {
      await client.post(NESTED, { first }); // session touch and caches out of the way
      const before = statements.count;
      await client.post(NESTED, { first });
      rows.push([
        `people(first: ${first}) with organisation and agreements`,
        figure(`nestedList.page${first}.statements`, statements.count - before, 'SQL statements'),
      ]);
    }
    rows.push(['goal', 'the same count at both sizes']);
    report('Batching: statements per nested list query', rows);
  } finally {
    await app.stop();
  }
}
