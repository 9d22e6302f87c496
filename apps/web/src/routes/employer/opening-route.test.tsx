import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EmployerOpeningRouteQueryDocument, EmployerOpeningsCloseDocument } from '../../gql/graphql';
import { EmployerOpeningRoute } from './opening-route';

type Impact = { deletable: boolean; reason: string | null; blockers: { kind: string; count: number }[] };

const IN_USE: Impact = {
  deletable: false,
  reason: 'IN_USE',
  blockers: [
    { kind: 'INTRODUCTIONS', count: 1 },
    { kind: 'SHORTLIST_ENTRIES', count: 1 },
  ],
};

/** The opening as an employer's query answers it: the candidate's status is null, as the API sends it. */
function answer(status: 'OPEN' | 'CLOSED', impact: Impact) {
  return {
    opportunity: {
      __typename: 'Opportunity',
      id: 'opp_000002',
      title: 'Medarbeider produksjon',
      deletionImpact: {
        __typename: 'DeletionImpact',
        ...impact,
        blockers: impact.blockers.map((b) => ({ __typename: 'DependentCount', ...b })),
        cascades: [],
      },
      kind: 'JOB',
      status,
      description: null,
      hoursPerWeek: 30,
      municipalityName: 'Porsgrunn',
      talents: ['Sveising'],
    },
    shortlist: [
      {
        __typename: 'ShortlistEntry',
        id: 'sle_1',
        rating: 'GOT_THE_JOB',
        candidate: {
          __typename: 'CandidateCard',
          id: 'C-6C5E04B0E0C3',
          pseudonym: 'C-6C5E04B0E0C3',
          introductionStatus: 'ACCEPTED',
          status: null,
          municipalityName: 'Bamble',
          hoursPerWeek: 20,
          talents: [{ __typename: 'CandidateTalent', name: 'Fotografering' }],
        },
      },
    ],
    introductionTerms: { __typename: 'IntroductionTerms', deadlineDays: 14, revealMonths: 6, acceptedAt: '2026-11-01T10:00:00.000Z' },
  };
}

function renderOpening(status: 'OPEN' | 'CLOSED', impact: Impact = IN_USE) {
  const closed: string[] = [];
  const mocks: MockLink.MockedResponse[] = [
    { request: { query: EmployerOpeningRouteQueryDocument, variables: { id: 'opp_000002' } }, result: { data: answer(status, impact) } },
    {
      request: { query: EmployerOpeningsCloseDocument, variables: { id: 'opp_000002' } },
      result: () => {
        closed.push('opp_000002');
        return { data: { updateOpportunity: { __typename: 'Opportunity', id: 'opp_000002', status: 'CLOSED' } } };
      },
    },
  ];
  render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <MemoryRouter initialEntries={['/employer/openings/opp_000002']}>
          <Routes>
            <Route path="/employer/openings/:id" element={<EmployerOpeningRoute />} />
          </Routes>
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
  return closed;
}

describe('an employer’s opening and its shortlist', () => {
  it('shows no status column, which an employer’s card does not carry, and no raw key', async () => {
    renderOpening('OPEN');
    const table = await screen.findByRole('table');
    expect(within(table).queryByRole('columnheader', { name: 'Status' })).toBeNull();
    expect(table.textContent).not.toContain('participantStatus');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toContain('Kandidat');
  });

  it('keeps a candidate id on one line', async () => {
    renderOpening('OPEN');
    const cell = (await screen.findByText('C-6C5E04B0E0C3')).closest('td');
    expect(cell?.style.whiteSpace).toBe('nowrap');
  });

  it('offers closing, which an employer may, where an opening in use cannot be deleted', async () => {
    const user = userEvent.setup();
    const closed = renderOpening('OPEN');
    await user.click(await screen.findByRole('button', { name: 'Slett' }));
    const dialog = await screen.findByRole('dialog', { name: 'Medarbeider produksjon kan ikke slettes' });
    expect(dialog.textContent).toContain('1 introduksjon');
    expect(dialog.textContent).toContain('1 kandidat på kortlisten');
    // Archiving is the coordinator's: the dialog promises no action it does not offer.
    expect(dialog.textContent).not.toContain('Arkiver i stedet');
    expect(within(dialog).queryByRole('button', { name: 'Arkiver' })).toBeNull();
    expect(dialog.textContent).toContain('Lukk stillingen i stedet');
    await user.click(within(dialog).getByRole('button', { name: 'Lukk stillingen' }));
    await waitFor(() => expect(closed).toEqual(['opp_000002']));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Lukket')).toBeTruthy();
  });

  it('offers nothing but to leave when the opening in use is already closed', async () => {
    const user = userEvent.setup();
    renderOpening('CLOSED');
    await user.click(await screen.findByRole('button', { name: 'Slett' }));
    const dialog = await screen.findByRole('dialog', { name: 'Medarbeider produksjon kan ikke slettes' });
    expect(dialog.textContent).toContain('kan koordinatoren arkivere den');
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).not.toContain('Lukk stillingen');
    expect(within(dialog).getByRole('button', { name: 'Lukk' })).toBeTruthy();
  });

  it('asks before deleting an opening nothing refers to', async () => {
    const user = userEvent.setup();
    renderOpening('OPEN', { deletable: true, reason: null, blockers: [] });
    await user.click(await screen.findByRole('button', { name: 'Slett' }));
    const dialog = await screen.findByRole('dialog', { name: 'Slette Medarbeider produksjon?' });
    expect(within(dialog).getByRole('button', { name: 'Slett for godt' })).toBeTruthy();
  });
});
