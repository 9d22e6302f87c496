import { loggedInClient } from '../api-client';

/** Logins hash with scrypt on purpose slowly: this many at once, as a busy morning would. */
const LOGINS_AT_ONCE = 4;

/**
 * Session cookies of `count` coordinators. Sessions live in the database, so the cookies stay
 * good across API restarts on the same database (each run gets a fresh server process).
 */
export async function logIn(url: string, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i += LOGINS_AT_ONCE) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(LOGINS_AT_ONCE, count - i) }, () => loggedInClient(url)),
    );
    cookies.push(...batch.map((client) => client.cookie()));
  }
  return cookies;
}
