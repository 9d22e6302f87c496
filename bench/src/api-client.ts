import { DEMO_LOGINS, DEMO_PASSWORD } from '@brobygger/db/seed';

/** A logged-in GraphQL client for the benchmark, as the web app would talk to the server. */
export async function loggedInClient(url: string, role = 'COORDINATOR') {
  const login = DEMO_LOGINS.find((entry) => entry.role === role);
  if (!login) throw new Error(`no demo login for ${role}`);
  let cookie = '';
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';', 1)[0] ?? '';
    const text = await response.text();
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
