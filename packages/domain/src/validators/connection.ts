import { z } from 'zod';
import { CONNECTION_KINDS } from '../enums';
import { blankToNull, dateField, enumField, idField, intField, textField } from './fields';
import { clearableFields, optionalFields } from './input-shape';
import { messages } from './messages';
import { checkDateRange } from './refinements';

/** A tie's strength when none is given: an ordinary working tie. */
export const DEFAULT_CONNECTION_STRENGTH = 2;

const required = {
  personAId: idField('First person'),
  personBId: idField('Second person'),
  kind: enumField(CONNECTION_KINDS, 'Kind'),
};

const strength = intField('Strength', 1, 3);

const clearable = {
  since: blankToNull('Since', dateField('Since')),
  until: blankToNull('Until', dateField('Until')),
  note: blankToNull('Note', textField('Note')),
};

const dates = { start: 'since', end: 'until', startLabel: 'Start date', endLabel: 'End date' } as const;

function checkTwoPeople(value: { personAId?: string | undefined; personBId?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.personAId === undefined || value.personAId !== value.personBId) return;
  ctx.addIssue({ code: 'custom', path: ['personBId'], message: messages().twoDifferentPeople(), params: { reason: 'TWO_DIFFERENT_PEOPLE' } });
}

/** A new tie between two different people; strength 1–3, 2 when not given. */
export const createConnectionSchema = z
  .object({
    ...required,
    strength: strength.default(DEFAULT_CONNECTION_STRENGTH),
    ...clearableFields(clearable),
  })
  .superRefine((value, ctx) => {
    checkTwoPeople(value, ctx);
    checkDateRange(value, ctx, dates);
  });
export type CreateConnectionInput = z.infer<typeof createConnectionSchema>;

/** Changes to a tie. When only one person is changed, the API checks it against the other. */
export const updateConnectionSchema = z
  .object({
    ...optionalFields(required),
    strength: strength.optional(),
    ...clearableFields(clearable),
  })
  .superRefine((value, ctx) => {
    checkTwoPeople(value, ctx);
    checkDateRange(value, ctx, dates);
  });
export type UpdateConnectionInput = z.infer<typeof updateConnectionSchema>;
