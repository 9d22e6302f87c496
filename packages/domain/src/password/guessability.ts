import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { NORWEGIAN_WORDS, PRODUCT_WORDS } from './common-words';

/**
 * zxcvbn's top score: at least 10^10 estimated guesses. Score 3 (10^8) would let
 * "Sommer2024!!" and "hemmelig-passord" through; zxcvbn knows few Norwegian words and so
 * overrates Norwegian passwords, and the top score makes up for that.
 */
const MIN_SCORE = 4;

let factory: ZxcvbnFactory | undefined;

// Built on first use, not on import: ranking the dictionaries takes ~0.1 s, which a process
// that never checks a password (most web visits, most API tests) should not pay. Levenshtein
// matching is left off: it makes one check take up to a second of the event loop.
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: {
      ...commonDictionary,
      ...englishDictionary,
      'norwegian-words': [...NORWEGIAN_WORDS],
      'product-words': [...PRODUCT_WORDS],
    },
    graphs: adjacencyGraphs,
  });
  return factory;
}

/** Whether zxcvbn-ts guesses `password` too soon, knowing the account's own words too. */
export function isGuessable(password: string, userInputs: readonly string[]): boolean {
  return estimator().check(password, [...userInputs]).score < MIN_SCORE;
}
