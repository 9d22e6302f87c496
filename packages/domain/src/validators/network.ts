import { z } from 'zod';
import { NETWORK_KINDS } from '../enums';
import {
  blankToNull,
  dateField,
  enumField,
  idField,
  municipalityNumberField,
  nameField,
  textField,
} from './fields';
import { clearableFields, optionalFields } from './input-shape';
import { checkDateRange, checkPersonOrOrganization } from './refinements';

// Network -------------------------------------------------------------------------------

const networkRequired = {
  name: nameField('Name'),
  kind: enumField(NETWORK_KINDS, 'Kind'),
};

const networkClearable = {
  description: blankToNull('Description', textField('Description')),
  municipalityNumber: blankToNull('Municipality number', municipalityNumberField()),
  municipalityName: blankToNull('Municipality name', nameField('Municipality name')),
  startedOn: blankToNull('Started on', dateField('Started on')),
  endedOn: blankToNull('Ended on', dateField('Ended on')),
};

const networkDates = { start: 'startedOn', end: 'endedOn', startLabel: 'Start date', endLabel: 'End date' } as const;

/** A new network: a business forum, a project, a partnership. */
export const createNetworkSchema = z
  .object({ ...networkRequired, ...clearableFields(networkClearable) })
  .superRefine((value, ctx) => checkDateRange(value, ctx, networkDates));
export type CreateNetworkInput = z.infer<typeof createNetworkSchema>;

/** Changes to a network. */
export const updateNetworkSchema = z
  .object({ ...optionalFields(networkRequired), ...clearableFields(networkClearable) })
  .superRefine((value, ctx) => checkDateRange(value, ctx, networkDates));
export type UpdateNetworkInput = z.infer<typeof updateNetworkSchema>;

// Network member ------------------------------------------------------------------------

const memberSettable = {
  role: nameField('Role', 100),
};

const memberClearable = {
  joinedOn: blankToNull('Joined on', dateField('Joined on')),
  leftOn: blankToNull('Left on', dateField('Left on')),
};

const memberDates = { start: 'joinedOn', end: 'leftOn', startLabel: 'Joined date', endLabel: 'Left date' } as const;

/** A person or an organisation joining a network (exactly one of them). */
export const createNetworkMemberSchema = z
  .object({
    networkId: idField('Network'),
    ...clearableFields({
      personId: blankToNull('Person', idField('Person')),
      organizationId: blankToNull('Organisation', idField('Organisation')),
    }),
    ...optionalFields(memberSettable),
    ...clearableFields(memberClearable),
  })
  .superRefine((value, ctx) => {
    checkPersonOrOrganization(value, ctx);
    checkDateRange(value, ctx, memberDates);
  });
export type CreateNetworkMemberInput = z.infer<typeof createNetworkMemberSchema>;

/**
 * Changes to a membership: its role and dates. Who the member is and which network it is
 * in do not change; a different member is a new membership, so the graph's history stays true.
 */
export const updateNetworkMemberSchema = z
  .object({ ...optionalFields(memberSettable), ...clearableFields(memberClearable) })
  .superRefine((value, ctx) => checkDateRange(value, ctx, memberDates));
export type UpdateNetworkMemberInput = z.infer<typeof updateNetworkMemberSchema>;
