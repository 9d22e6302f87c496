import { DEMO_LOGINS, DEMO_PASSWORD } from '@brobygger/db/seed';
import { connectionPool, postJson } from './load/post';

/** Longest a single request of the benchmark may take (a whole region's graph, its metrics). */
const TIMEOUT_MS = 120_000;

/**
 * A logged-in GraphQL client for the benchmark, as the web app would talk to the server: one
 * kept-alive connection, over node:http as the load sections send. Node's fetch (undici) cost
 * the client about 0.5 ms more a request (`{ __typename }`: p50 2.2 against 1.7 ms), which the
 * section then counted as the API's.
 */
export async function loggedInClient(url: string, role = 'COORDINATOR') {
  const login = DEMO_LOGINS.find((entry) => entry.role === role);
  if (!login) throw new Error(`no demo login for ${role}`);
  const endpoint = new URL(`${url}/graphql`);
  const connection = connectionPool(1);
  let cookie = '';
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const answer = await postJson(connection, endpoint, { cookie }, JSON.stringify({ query, variables }), TIMEOUT_MS, () => {});
    const setCookie = answer.headers['set-cookie']?.[0];
    if (setCookie) cookie = setCookie.split(';', 1)[0] ?? '';
    const text = answer.body;
    const body = JSON.parse(text) as { errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return { text, bytes: Buffer.byteLength(text) };
  };
  await post(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`, {
    e: login.email,
    p: DEMO_PASSWORD,
  });
  return { post, cookie: () => cookie };
}
