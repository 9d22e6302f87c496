import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'brobygger-demo';

/** Sends one GraphQL operation with the page's cookies; fails the test on GraphQL errors. */
export async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'apollo-require-preflight': 'true' },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/**
 * A password the account policy accepts, for accounts a spec creates: the demo password is
 * seeded directly and would be refused as too easy to guess.
 */
export const NEW_ACCOUNT_PASSWORD = 'lilac-kettle-orbit-57';

/** Logs in through the API (fixtures set up state through the API, not the UI). */
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await gql(page.request, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', {
    e: email,
    p: password,
  });
}

export const test = base.extend<{ coordinator: Page }>({
  coordinator: async ({ page }, use) => {
    await loginAs(page, 'coordinator@example.org');
    await use(page);
  },
});

export { expect };
