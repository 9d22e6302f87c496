import { z } from 'zod';
import { AGREEMENT_KINDS, PARTY_ROLES } from '../enums';
import { blankToNull, dateField, enumField, idField, nameField, textField } from './fields';
import { clearableFields, optionalFields } from './input-shape';
import { messages } from './messages';
import { checkDateRange, checkPersonOrOrganization } from './refinements';

/** Most parties one agreement may have. */
export const MAX_AGREEMENT_PARTIES = 20;

/** One party of an agreement: a person or an organisation (exactly one), with its role. */
export const agreementPartySchema = z
  .object({
    ...clearableFields({
      personId: blankToNull('Person', idField('Person')),
      organizationId: blankToNull('Organisation', idField('Organisation')),
    }),
    role: enumField(PARTY_ROLES, 'Role'),
  })
  .superRefine(checkPersonOrOrganization);
export type AgreementPartyInput = z.infer<typeof agreementPartySchema>;

const required = {
  title: nameField('Title'),
  kind: enumField(AGREEMENT_KINDS, 'Kind'),
};

const clearable = {
  startDate: blankToNull('Start date', dateField('Start date')),
  endDate: blankToNull('End date', dateField('End date')),
  goals: blankToNull('Goals', textField('Goals')),
  networkId: blankToNull('Network', idField('Network')),
  opportunityId: blankToNull('Opportunity', idField('Opportunity')),
};

const dates = {
  start: 'startDate',
  end: 'endDate',
  startLabel: 'Start date',
  endLabel: 'End date',
} as const;

/** The same person or organisation twice would sign twice and count twice in the graph. */
function checkDistinctParties(
  parties: readonly AgreementPartyInput[] | null | undefined,
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  (parties ?? []).forEach((party, index) => {
    const key = party.personId
      ? `person:${party.personId}`
      : `organization:${party.organizationId ?? ''}`;
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['parties', index, party.personId ? 'personId' : 'organizationId'],
        message: messages().samePartyTwice(party.personId ? 'person' : 'organization'),
        params: { reason: party.personId ? 'SAME_PERSON_TWICE' : 'SAME_ORGANIZATION_TWICE' },
      });
    }
    seen.add(key);
  });
}

/** Any number of parties up to the most, each a person or an organisation of any sector. */
const partyList = z
  .array(agreementPartySchema, { error: () => messages().mustBeList('Parties') })
  .max(MAX_AGREEMENT_PARTIES, { error: () => messages().tooManyParties(MAX_AGREEMENT_PARTIES) });

/** A new agreement, always a DRAFT; parties may be given now or added later. */
export const createAgreementSchema = z
  .object({
    ...required,
    ...clearableFields(clearable),
    parties: partyList.optional(),
  })
  .superRefine((value, ctx) => {
    checkDateRange(value, ctx, dates);
    checkDistinctParties(value.parties, ctx);
  });
export type CreateAgreementInput = z.infer<typeof createAgreementSchema>;

/**
 * Changes to an agreement's terms and, while it is a draft, its whole party list (the draft
 * form saves everything at once). The status changes only through the lifecycle moves.
 */
export const updateAgreementSchema = z
  .object({
    ...optionalFields(required),
    ...clearableFields(clearable),
    parties: partyList.optional(),
  })
  .superRefine((value, ctx) => {
    checkDateRange(value, ctx, dates);
    checkDistinctParties(value.parties, ctx);
  });
export type UpdateAgreementInput = z.infer<typeof updateAgreementSchema>;

/** A new role for one party of a draft. */
export const updateAgreementPartySchema = z.object({ role: enumField(PARTY_ROLES, 'Role') });
export type UpdateAgreementPartyInput = z.infer<typeof updateAgreementPartySchema>;
