import { isIPv6 } from 'node:net';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import type { Env } from '../env';
import { SESSION_COOKIE, sessionIdOf } from '../modules/account/session-service';
import { rateLimited } from './errors';
import { FairQueue } from './fair-queue';
import { rateLimitHeaders, TokenBuckets, type Take } from './rate-limit';
import { currentRequestId } from './request-context';

/** The buckets of one API instance (startApp): per client address, per session, and logins per address. */
export interface RequestLimits {
  address: TokenBuckets;
  session: TokenBuckets;
  login: TokenBuckets;
  /** Password hashes of logins: a few at a time, taking turns between client addresses (modules/account/login-service.ts). */
  hashing: FairQueue;
}

export function requestLimits(env: Env, clock?: () => number): RequestLimits {
  return {
    address: new TokenBuckets({ name: 'address', perSecond: env.RATE_LIMIT_ADDRESS_PER_SECOND, burst: env.RATE_LIMIT_ADDRESS_BURST }, clock),
    session: new TokenBuckets({ name: 'session', perSecond: env.RATE_LIMIT_SESSION_PER_SECOND, burst: env.RATE_LIMIT_SESSION_BURST }, clock),
    login: new TokenBuckets(
      { name: 'login', perSecond: env.RATE_LIMIT_LOGINS_PER_MINUTE / 60, burst: Math.max(1, Math.round(env.RATE_LIMIT_LOGINS_PER_MINUTE)) },
      clock,
    ),
    hashing: new FairQueue(env.PASSWORD_HASH_CONCURRENCY, env.PASSWORD_HASH_QUEUE_PER_ADDRESS),
  };
}

/**
 * The client's address as the limits key it: `req.ip`, which honours TRUST_PROXY (Express's
 * `trust proxy` hop count; 0 = the socket's own address, X-Forwarded-For ignored). An IPv6
 * client is keyed by its /64, the block one subscriber usually gets, so it cannot step round
 * the limit by changing the low bits.
 */
export function clientAddressOf(req: Request): string {
  const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (v4) return v4;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '').toLowerCase()).join(':')}::/64`;
}

/** The answer to a refused request: GraphQL-shaped (as every error of the API), 429, the RateLimit headers and Retry-After. */
function refuse(req: Request, res: Response, takes: readonly Take[], refused: Take): void {
  const error = rateLimited(refused.policy.name, refused.retryAfterSeconds, new Date());
  const { http: _http, ...extensions } = error.extensions;
  // Apollo Client reads errors from a non-2xx answer only in the GraphQL media type.
  const type = req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
  for (const [name, value] of rateLimitHeaders(takes)) res.setHeader(name, value);
  res
    .status(429)
    .type(type)
    .send(JSON.stringify({ errors: [{ message: error.message, extensions: { ...extensions, requestId: currentRequestId() } }] }));
}

/**
 * Takes a token from each of the named buckets that applies (a session bucket only when the
 * request carries a session cookie) and sets the RateLimit headers; refuses with 429 as soon
 * as one bucket is empty, without charging the buckets after it.
 */
export function limitRequests(limits: RequestLimits, bucketsOf: (req: Request) => readonly ('address' | 'session')[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const takes: Take[] = [];
    for (const bucket of bucketsOf(req)) {
      let key: string;
      if (bucket === 'address') key = clientAddressOf(req);
      else {
        const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
        if (!token) continue;
        key = sessionIdOf(token);
      }
      const take = limits[bucket].take(key);
      takes.push(take);
      if (!take.allowed) return refuse(req, res, takes, take);
    }
    for (const [name, value] of rateLimitHeaders(takes)) res.setHeader(name, value);
    next();
  };
}

/**
 * Counts one `login` against the client address's login bucket, where the field resolves (so
 * every alias and fragment counts); over RATE_LIMIT_LOGINS_PER_MINUTE it throws RATE_LIMITED,
 * answered with 429 and the login policy's headers.
 */
export function takeLogin(limits: RequestLimits | undefined, clientAddress: string, now: Date): void {
  if (!limits) return;
  const take = limits.login.take(clientAddress);
  if (!take.allowed) throw rateLimited('login', take.retryAfterSeconds, now, rateLimitHeaders([take]));
}
