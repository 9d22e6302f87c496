/** What a GraphQL response looks like to a test. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
  headers: Headers;
}

/** A tiny client that keeps the session cookie between requests, as a browser would. */
export class GraphQLTestClient {
  private cookie: string | undefined;

  constructor(private readonly url: string) {}

  /** The same session against another server, as a load balancer sends a browser's next request elsewhere. */
  at(url: string): GraphQLTestClient {
    const other = new GraphQLTestClient(url);
    other.cookie = this.cookie;
    return other;
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    init: { headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...init.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';', 1)[0] ?? '';
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** Like request(), but fails the test on any error and returns the data. */
  async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  async login(email: string, password: string): Promise<void> {
    await this.data(
      `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { user { id } } }`,
      { email, password },
    );
  }
}
