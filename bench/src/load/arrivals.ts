/**
 * mulberry32: a small seeded generator (uniform in [0, 1)), so every run sends the same
 * arrival pattern and two runs differ only in how the server answered.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Arrival {
  /** When the request is due, in ms from the start of the run. */
  at: number;
  /** Whose request it is (an index into the sessions). */
  session: number;
}

/**
 * Poisson arrivals: exponential gaps with mean 1/rate, each arrival given to a session drawn
 * uniformly, which makes every session a Poisson process of its own at rate/sessions (many
 * people acting independently, not a metronome).
 */
export function poissonArrivals(options: {
  perSecond: number;
  seconds: number;
  sessions: number;
  seed: number;
}): Arrival[] {
  const random = seededRandom(options.seed);
  const meanGapMs = 1000 / options.perSecond;
  const endMs = options.seconds * 1000;
  const arrivals: Arrival[] = [];
  // 1 − u is in (0, 1], so the logarithm is finite.
  for (
    let at = -Math.log(1 - random()) * meanGapMs;
    at < endMs;
    at += -Math.log(1 - random()) * meanGapMs
  ) {
    arrivals.push({ at, session: Math.floor(random() * options.sessions) });
  }
  return arrivals;
}
