import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ViewerContext } from '../../features/session/viewer-context';
import { EmployerCandidatesRouteQueryDocument } from '../../gql/graphql';
import { EmployerCandidatesRoute } from './candidates-route';

const opening = (
  id: string,
  title: string,
  hoursPerWeek: number | null,
  municipalityName: string | null,
  createdAt: string,
) => ({
  __typename: 'Opportunity',
  id,
  title,
  hoursPerWeek,
  municipalityName,
  createdAt,
});

/** An employer's open openings, two titles used twice, as the seeded Grenland company has them. */
const ANSWER = {
  candidates: {
    __typename: 'CandidateConnection',
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    nodes: [],
  },
  opportunities: {
    __typename: 'OpportunityConnection',
    nodes: [
      opening('opp_1', 'Arbeidstreningsplass: produksjon', 20, 'Skien', '2026-02-03T09:00:00.000Z'),
      opening('opp_2', 'Arbeidstreningsplass: produksjon', 30, 'Skien', '2026-05-11T09:00:00.000Z'),
      opening('opp_3', 'Lagermedarbeider', 37, 'Porsgrunn', '2026-01-20T09:00:00.000Z'),
      opening('opp_4', 'Medarbeider produksjon', 37, 'Porsgrunn', '2025-09-01T09:00:00.000Z'),
      opening('opp_5', 'Medarbeider produksjon', 37, 'Porsgrunn', '2026-04-15T09:00:00.000Z'),
    ],
  },
  introductionTerms: {
    __typename: 'IntroductionTerms',
    deadlineDays: 14,
    revealMonths: 6,
    acceptedAt: null,
  },
};

describe('ranking candidates against an opening', () => {
  it('tells openings of the same title apart in the picker', async () => {
    const user = userEvent.setup();
    const mocks: MockLink.MockedResponse[] = [
      {
        request: {
          query: EmployerCandidatesRouteQueryDocument,
          variables: {
            filter: {},
            rankFor: null,
            first: 20,
            after: null,
            organizationId: 'org_1',
            shortlistFor: '',
            ranked: false,
          },
        },
        result: { data: ANSWER },
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <MantineProvider>
          <MemoryRouter initialEntries={['/employer/candidates']}>
            <ViewerContext.Provider
              value={{
                id: 'usr_1',
                email: 'x@example.org',
                role: 'EMPLOYER',
                personId: null,
                organizationId: 'org_1',
              }}
            >
              <EmployerCandidatesRoute />
            </ViewerContext.Provider>
          </MemoryRouter>
        </MantineProvider>
      </MockedProvider>,
    );
    await screen.findByText('Ingen kandidater passer filtrene');
    await user.click(screen.getByRole('combobox', { name: 'Ranger mot stilling' }));
    const list = await screen.findByRole('listbox', { name: 'Ranger mot stilling', hidden: true });
    const options = within(list)
      .getAllByRole('option', { hidden: true })
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Arbeidstreningsplass: produksjon (20 timer i uka, Skien, opprettet 3. feb. 2026)',
      'Arbeidstreningsplass: produksjon (30 timer i uka, Skien, opprettet 11. mai 2026)',
      'Lagermedarbeider',
      'Medarbeider produksjon (37 timer i uka, Porsgrunn, opprettet 1. sep. 2025)',
      'Medarbeider produksjon (37 timer i uka, Porsgrunn, opprettet 15. apr. 2026)',
    ]);
  });
});
