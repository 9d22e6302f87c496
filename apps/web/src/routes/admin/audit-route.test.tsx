import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { act, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountSelectQueryDocument, AuditRouteQueryDocument } from '../../gql/graphql';
import { PHONE_QUERY } from '../../lib/use-phone';
import { mockMediaQueries } from '../../test/media-queries';
import { AuditRoute } from './audit-route';

const event = (id: string, action: string, email: string | null) => ({
  __typename: 'AuditEvent',
  id,
  at: '2026-12-07T20:06:00.000Z',
  role: email ? 'ADMIN' : null,
  action,
  entityType: 'User',
  entityId: 'usr_1',
  entityName: 'admin@example.org',
  aboutParticipant: false,
  onBehalf: false,
  user: email ? { __typename: 'User', id: 'usr_admin', email } : null,
});

const MOCKS: MockLink.MockedResponse[] = [
  {
    request: { query: AuditRouteQueryDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        auditEvents: {
          __typename: 'AuditEventConnection',
          totalCount: 2,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes: [event('aud_1', 'login', null), event('aud_2', 'account-password-reset', 'coordinator@example.org')],
        },
      },
    },
  },
  {
    request: { query: AccountSelectQueryDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: { data: { users: { __typename: 'UserConnection', nodes: [] } } },
  },
];

const renderLog = () =>
  render(
    <MockedProvider mocks={MOCKS}>
      <MantineProvider>
        <AuditRoute />
      </MantineProvider>
    </MockedProvider>,
  );

/** The badge an action's words sit in, in the log (the action filter's options hold the same words). */
const badgeOf = (log: HTMLElement, words: string) => within(log).getByText(words).closest<HTMLElement>('.mantine-Badge-root');

/** A screen as wide as a phone's, or not. */
function screenIsPhone(phone: boolean) {
  mockMediaQueries((query) => phone && query === PHONE_QUERY);
}

beforeEach(() => act(() => i18next.changeLanguage('en')));
afterEach(async () => {
  vi.restoreAllMocks();
  await act(() => i18next.changeLanguage('nb'));
});

describe('the audit log, read in full', () => {
  it('keeps an action’s badge as wide as its words in the table, never cut short', async () => {
    screenIsPhone(false);
    renderLog();
    const table = await screen.findByRole('table');
    expect(badgeOf(table, 'Logged in')?.style.minWidth).toBe('max-content');
    expect(badgeOf(table, 'Account password set by someone else')?.style.minWidth).toBe('max-content');
  });

  it('breaks an e-mail only where the line is too short for all of it, not anywhere', async () => {
    screenIsPhone(false);
    renderLog();
    const email = await screen.findByRole('button', { name: 'coordinator@example.org' });
    expect(email.style.overflowWrap).toBe('break-word');
  });

  it('lets a long action wrap on a phone’s narrow card rather than run off it', async () => {
    screenIsPhone(true);
    renderLog();
    const cards = await screen.findByRole('list');
    expect(badgeOf(cards, 'Account password set by someone else')?.style.minWidth).toBe('');
    expect(within(cards).getByText('Account password set by someone else').style.whiteSpace).toBe('normal');
  });
});
