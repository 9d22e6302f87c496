import { seededRandom } from '@brobygger/graph';

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
