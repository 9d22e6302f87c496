import { describe, expect, it } from 'vitest';
import {
  createNetworkMemberSchema,
  createNetworkSchema,
  updateNetworkMemberSchema,
  updateNetworkSchema,
} from './network';
import { validateInput } from './validation-error';

describe('network', () => {
  const forum = { name: 'Næringsforum Grenland', kind: 'BUSINESS_FORUM', startedOn: '2019-03-01' };

  it('accepts a network with an open end', () => {
    expect(validateInput(createNetworkSchema, forum)).toEqual({ ok: true, value: forum });
  });

  it('accepts an end on the start day', () => {
    expect(validateInput(createNetworkSchema, { ...forum, endedOn: '2019-03-01' })).toMatchObject({ ok: true });
  });

  it('refuses an end before the start, pointing at the end', () => {
    expect(validateInput(createNetworkSchema, { ...forum, endedOn: '2018-12-31' })).toEqual({
      ok: false,
      field: 'endedOn',
      message: 'End date must be on or after the start date (01/03/2019).',
      reason: 'END_BEFORE_START',
      params: { start: '2019-03-01' },
    });
    expect(validateInput(updateNetworkSchema, { startedOn: '2020-01-01', endedOn: '2019-01-01' })).toMatchObject({
      ok: false,
      field: 'endedOn',
    });
  });

  it('needs a kind from the list', () => {
    expect(validateInput(createNetworkSchema, { name: 'X', kind: 'CLUB' })).toMatchObject({ ok: false, field: 'kind' });
  });
});

describe('network member', () => {
  it('takes a person or an organisation', () => {
    expect(validateInput(createNetworkMemberSchema, { networkId: 'net_1', personId: 'per_1', role: 'chair' })).toMatchObject({ ok: true });
    expect(validateInput(createNetworkMemberSchema, { networkId: 'net_1', organizationId: 'org_1' })).toMatchObject({ ok: true });
  });

  it('refuses both or neither, on personId', () => {
    expect(validateInput(createNetworkMemberSchema, { networkId: 'net_1', personId: 'per_1', organizationId: 'org_1' })).toEqual({
      ok: false,
      field: 'personId',
      message: 'Choose a person or an organisation, not both.',
      reason: 'PERSON_AND_ORGANIZATION',
    });
    expect(validateInput(createNetworkMemberSchema, { networkId: 'net_1', personId: null })).toEqual({
      ok: false,
      field: 'personId',
      message: 'Choose a person or an organisation.',
      reason: 'PERSON_OR_ORGANIZATION',
    });
  });

  it('needs the network', () => {
    expect(validateInput(createNetworkMemberSchema, { personId: 'per_1' })).toEqual({
      ok: false,
      field: 'networkId',
      message: 'Network is required.',
      reason: 'REQUIRED',
    });
  });

  it('refuses leaving before joining', () => {
    expect(
      validateInput(createNetworkMemberSchema, { networkId: 'net_1', personId: 'per_1', joinedOn: '2022-05-01', leftOn: '2022-04-30' }),
    ).toMatchObject({ ok: false, field: 'leftOn' });
    expect(validateInput(updateNetworkMemberSchema, { joinedOn: '2022-05-01', leftOn: '2021-01-01' })).toMatchObject({
      ok: false,
      field: 'leftOn',
    });
  });

  it('updates only role and dates', () => {
    expect(validateInput(updateNetworkMemberSchema, { role: 'secretary', leftOn: null, personId: 'per_2' })).toEqual({
      ok: true,
      value: { role: 'secretary', leftOn: null },
    });
  });
});
