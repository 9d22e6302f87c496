import type { Faker } from '@faker-js/faker';
import type { Random } from './random';

/** How big the generated network is: the demo's sizes, or the synthetic ones for `people: N`. */
export interface SeedSizes {
  /** True for the hand-shaped demo network (no `people` option). */
  demo: boolean;
  people: number;
  participants: number;
  organizations: number;
  networks: number;
  agreements: number;
  opportunities: number;
  introductions: number;
}

/** What every generator needs: the seeded randomness, "today", and the sizes. */
export interface SeedContext {
  rng: Random;
  faker: Faker;
  /** "Today" as YYYY-MM-DD; no generated date lies after it. */
  today: string;
  /** The first day anyone joined the network. */
  firstDay: string;
  sizes: SeedSizes;
}

export function seedSizes(people: number | undefined): SeedSizes {
  if (people === undefined) {
    return {
      demo: true,
      people: 320,
      participants: 128,
      organizations: 0,
      networks: 8,
      agreements: 64,
      opportunities: 32,
      introductions: 32,
    };
  }
  if (!Number.isInteger(people) || people < 100) {
    throw new Error('@brobygger/db/seed: `people` must be an integer of at least 100');
  }
  return {
    demo: false,
    people,
    participants: Math.round(people * 0.4),
    organizations: Math.round(people / 8),
    networks: Math.max(6, Math.round(people / 400)),
    agreements: Math.round(people / 5),
    opportunities: Math.round(people / 10),
    introductions: Math.round(people / 10),
  };
}
