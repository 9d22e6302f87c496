/**
 * Token buckets, kept in this API instance's memory (docs/decisions/007-rate-limits-and-deadlines.md):
 * each key has a bucket of `burst` tokens that refills at `perSecond`; a request takes one and is
 * refused while the bucket is empty. Refilling is computed when a key is next seen, so there
 * are no timers; a bucket that has filled up again is the same as no bucket and is forgotten.
 */

export interface BucketPolicy {
  /** Named in the RateLimit headers and in the error's `reason`. */
  name: string;
  /** Tokens added per second. */
  perSecond: number;
  /** The bucket's size: how many requests may come at once after a pause. */
  burst: number;
}

export interface Take {
  policy: BucketPolicy;
  allowed: boolean;
  /** Whole tokens left after this request. */
  remaining: number;
  /** Seconds until a refused request may be retried (0 when allowed). */
  retryAfterSeconds: number;
  /** Seconds until the bucket is full again. */
  fullInSeconds: number;
}

/** More keys than this and the fullest (least active) buckets go first: memory stays bounded under address spoofing. */
const DEFAULT_MAX_KEYS = 50_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly policy: BucketPolicy,
    private readonly clock: () => number = () => performance.now(),
    private readonly maxKeys = DEFAULT_MAX_KEYS,
  ) {}

  /** Takes `cost` tokens for `key` when it has them; says how it stands either way. */
  take(key: string, cost = 1): Take {
    const { perSecond, burst } = this.policy;
    const now = this.clock();
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond) : burst;
    const allowed = tokens >= cost;
    const left = allowed ? tokens - cost : tokens;
    // Re-inserting keeps the Map in order of last use, oldest first, for the sweep.
    this.buckets.delete(key);
    if (left < burst) this.buckets.set(key, { tokens: left, at: now });
    if (this.buckets.size > this.maxKeys) this.sweep(now);
    return {
      policy: this.policy,
      allowed,
      remaining: Math.floor(left),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(((cost - left) / perSecond))),
      fullInSeconds: Math.ceil((burst - left) / perSecond),
    };
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Drops buckets that have filled up again, then, if still too many, the least recently used. */
  private sweep(now: number): void {
    const { perSecond, burst } = this.policy;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * perSecond >= burst) this.buckets.delete(key);
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys * 0.9) break;
      this.buckets.delete(key);
    }
  }
}

/**
 * The window, in whole seconds, over which a bucket's steady rate is a whole number of
 * requests: 20/s → 20 per 1 s, 0.5/s (30 a minute) → 1 per 2 s, written as 30 per 60 s when
 * the policy was given per minute.
 */
function quotaOf(policy: BucketPolicy): { q: number; w: number } {
  for (const w of [1, 60, 3600]) {
    const q = policy.perSecond * w;
    if (Number.isInteger(q) && q >= 1) return { q, w };
  }
  return { q: Math.max(1, Math.floor(policy.perSecond * 60)), w: 60 };
}

/**
 * The IETF draft's headers (draft-ietf-httpapi-ratelimit-headers): `RateLimit-Policy` names each
 * policy with its steady quota `q` per window `w` seconds; `RateLimit` gives what is left `r`
 * and, in `t`, the seconds until a refused request may retry or, while tokens are left, until
 * the bucket is full again. A refusal adds `Retry-After`.
 */
export function rateLimitHeaders(takes: readonly Take[]): Map<string, string> {
  const headers = new Map<string, string>();
  if (!takes.length) return headers;
  headers.set(
    'ratelimit-policy',
    takes
      .map(({ policy }) => {
        const { q, w } = quotaOf(policy);
        return `"${policy.name}";q=${q};w=${w}`;
      })
      .join(', '),
  );
  headers.set(
    'ratelimit',
    takes.map((take) => `"${take.policy.name}";r=${take.remaining};t=${take.allowed ? take.fullInSeconds : take.retryAfterSeconds}`).join(', '),
  );
  const refused = takes.filter((take) => !take.allowed);
  if (refused.length) headers.set('retry-after', String(Math.max(...refused.map((take) => take.retryAfterSeconds))));
  return headers;
}
