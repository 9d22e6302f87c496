import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeDialect } from '@brobygger/db';
import { createOrg } from '../modules/person/test-fixtures';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../testing/index';

/**
 * On PostgreSQL the database is another process: it can end a connection at any moment (a
 * restart, a failover, an operator's pg_terminate_backend). Only the request using that
 * connection fails, with a code; the instance goes on serving.
 */
describe.runIf(activeDialect === 'postgres')('a PostgreSQL connection ended mid-write', () => {
  let api: TestApi;
  let coordinator: GraphQLTestClient;
  let operator: pg.Client;
  beforeAll(async () => {
    api = await startTestApi();
    coordinator = await api.as('COORDINATOR');
    operator = new pg.Client({ connectionString: api.database.url });
    await operator.connect();
  });
  afterAll(async () => {
    await operator?.end();
    await api?.stop();
  });

  it('fails that request only, and the instance answers the next ones', async () => {
    const id = await createOrg(coordinator, { name: 'Låst AS' });
    // Hold the row, so the API's update waits inside its transaction…
    await operator.query('BEGIN');
    await operator.query('SELECT id FROM organizations WHERE id = $1 FOR UPDATE', [id]);
    const update = coordinator.request(`mutation($id: ID!) { updateOrganization(id: $id, input: { website: "https://example.org" }) { id } }`, { id });
    let waiting: number | undefined;
    for (let tries = 0; tries < 100 && !waiting; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const { rows } = await operator.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE application_name = 'brobygger' AND query LIKE 'update "organizations"%' AND wait_event_type = 'Lock'`,
      );
      waiting = rows[0]?.pid;
    }
    expect(waiting).toBeDefined();
    // …and end its connection, as an operator or a failover would.
    await operator.query('SELECT pg_terminate_backend($1)', [waiting]);
    await operator.query('ROLLBACK');
    const answer = await update;
    expect(answer.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const after = await coordinator.data<{ organization: { website: string | null } }>(`query($id: ID!) { organization(id: $id) { website } }`, { id });
    expect(after.organization.website).toBeNull();
    expect((await coordinator.request(`mutation($id: ID!) { updateOrganization(id: $id, input: { website: "https://example.org" }) { id } }`, { id })).errors).toBeUndefined();
  });
});
