import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { fieldOfVariableError, makeFormatError } from './format-error';

describe('fieldOfVariableError', () => {
  it('names the field of a wrong enum value', () => {
    expect(
      fieldOfVariableError('Variable "$input" got invalid value "PRIVATE" at "input.sector"; Value "PRIVATE" does not exist in "Sector" enum.'),
    ).toBe('sector');
  });
  it('names a missing required field', () => {
    expect(
      fieldOfVariableError('Variable "$input" got invalid value { sector: "BUSINESS" }; Field "name" of required type "String!" was not provided.'),
    ).toBe('name');
  });
  it('names a field inside a list', () => {
    expect(
      fieldOfVariableError('Variable "$input" got invalid value "BOSS" at "input.parties[1].role"; Value "BOSS" does not exist in "PartyRole" enum.'),
    ).toBe('parties.1.role');
  });
  it('falls back to the variable name', () => {
    expect(fieldOfVariableError('Variable "$id" of required type "ID!" was not provided.')).toBe('id');
  });
});

describe('makeFormatError', () => {
  it('reports graphql-js giving up on too many bad variables as bad input, not an internal error', () => {
    const message = 'Too many errors processing variables, error limit reached. Execution aborted.';
    const formatted = makeFormatError(() => 'req-1')({ message }, new GraphQLError(message));
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', requestId: 'req-1' });
    const marked = makeFormatError(() => 'req-2')({ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(message));
    expect(marked.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', requestId: 'req-2' });
  });

  it('gives a variable refused for its type a reason a client can word', () => {
    const message = 'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"';
    const formatted = makeFormatError(() => 'req-3')({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(formatted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', field: 'first' });
  });
});
