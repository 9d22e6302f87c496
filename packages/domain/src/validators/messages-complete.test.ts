import { afterEach, describe, expect, it } from 'vitest';
import { inputsFor, schemas } from './bad-inputs';
import { FIELD_LABELS, type FieldLabel } from './labels';
import { setValidationLanguage, type ValidationLanguage } from './messages';
import { nb } from './messages-nb';
import { validationErrorMap } from './validation-error';

/**
 * Guards against an English sentence in a Norwegian form: every exported input schema is fed
 * wrong values for every field, and a few inputs that break the rules across fields, and no
 * message in bokmål may contain an English word.
 */

const ENGLISH =
  /\b(must|required|cannot|characters|digits|valid|only|choose|list|listed|twice|like|least|most|number|text|empty|input|date|party|people|give|shape|entries|true|false)\b/i;

/** Every message every schema gives for the bad inputs, in `language`. */
function allMessages(language: ValidationLanguage): Set<string> {
  setValidationLanguage(language);
  const found = new Set<string>();
  for (const [, schema] of schemas) {
    for (const input of inputsFor(schema)) {
      const result = schema.safeParse(input, { error: validationErrorMap });
      for (const issue of result.error?.issues ?? []) found.add(issue.message);
    }
  }
  return found;
}

afterEach(() => setValidationLanguage('en'));

describe('bokmål messages are complete', () => {
  it('finds the input schemas through the package entry point', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(25);
  });

  it('the check recognises the English messages', () => {
    const english = [...allMessages('en')].filter((message) => ENGLISH.test(message));
    expect(english.length).toBeGreaterThan(50);
  });

  it('no bokmål message contains an English word', () => {
    const messages = [...allMessages('nb')];
    expect(messages.length).toBeGreaterThan(50);
    expect(messages.filter((message) => ENGLISH.test(message))).toEqual([]);
  });

  it('every label has its own bokmål form in the messages', () => {
    // Words spelled the same in both languages.
    const same = new Set<FieldLabel>(['Person', 'Status', 'Talent']);
    for (const label of Object.keys(FIELD_LABELS) as FieldLabel[]) {
      if (same.has(label)) continue;
      expect(nb.required(label), label).not.toContain(label);
      expect(FIELD_LABELS[label], label).not.toBe(label);
    }
  });
});
