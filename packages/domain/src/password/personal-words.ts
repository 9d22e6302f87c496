/** The account facts a password must not be made of. */
export interface PasswordContext {
  /** The account's e-mail address: its local part and the words of its domain. */
  readonly email?: string | null | undefined;
  /** The name of the person the account belongs to. */
  readonly name?: string | null | undefined;
}

// Shorter pieces ("no", "as") are too common to mean the password was built from them.
const MIN_WORD_LENGTH = 3;
// Fewer letters than this left once the account's words are taken out: nothing of its own.
const MIN_OWN_LETTERS = 4;

const lower = (text: string) => text.normalize('NFC').toLocaleLowerCase('nb');

/** The e-mail's local part and domain words and the name's words, longest first, lower-cased. */
export function personalWords(context: PasswordContext): string[] {
  const words = new Set<string>();
  const add = (word: string) => {
    if (word.length >= MIN_WORD_LENGTH) words.add(word);
  };
  const addAll = (text: string) => {
    add(text);
    add(text.replace(/[^\p{L}\p{N}]/gu, ''));
    text.split(/[^\p{L}\p{N}]+/u).forEach(add);
  };
  if (context.email) {
    const [local = '', domain = ''] = lower(context.email).split('@');
    addAll(local);
    domain.split('.').forEach(add);
  }
  if (context.name) addAll(lower(context.name));
  return [...words].sort((a, b) => b.length - a.length);
}

/**
 * Whether the password is the account's own words with only digits, punctuation and a few
 * letters around them: "kari.nordmann2026", "Nordmann-Nordmann!", the local part twice.
 */
export function isMadeOfPersonalWords(password: string, context: PasswordContext): boolean {
  return isMadeOfWords(password, personalWords(context));
}

/**
 * Whether the password is made of `words` (lower-case, longest first) with only digits,
 * punctuation and fewer than four letters of its own around them.
 */
export function isMadeOfWords(password: string, words: readonly string[]): boolean {
  const typed = lower(password);
  let rest = typed;
  for (const word of words) rest = rest.split(word).join(' ');
  if (rest === typed) return false;
  return rest.replace(/[^\p{L}]/gu, '').length < MIN_OWN_LETTERS;
}
