import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { NORWEGIAN_WORDS, PRODUCT_WORDS } from './common-words';
import { isMadeOfWords } from './personal-words';

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

/** The product's and the common Norwegian words, longest first, so a long word is taken out whole. */
let localWords: readonly string[] | undefined;
const localWordsLongestFirst = () =>
  (localWords ??= [...new Set([...PRODUCT_WORDS, ...NORWEGIAN_WORDS])].sort((a, b) => b.length - a.length));

/**
 * Whether `password` is guessed too soon: made of nothing but this product's and common
 * Norwegian words ("nav-arbeid-jobb", "brobygger-sommer-2026": zxcvbn charges each separator
 * as a new piece of a sequence and rates such a string strong, while an attacker here tries
 * these words first), or rated below the top score by zxcvbn-ts, knowing the account's own
 * words too.
 */
export function isGuessable(password: string, userInputs: readonly string[]): boolean {
  if (isMadeOfWords(password, localWordsLongestFirst())) return true;
  return estimator().check(password, [...userInputs]).score < MIN_SCORE;
}
