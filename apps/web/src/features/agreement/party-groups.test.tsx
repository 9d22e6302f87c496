import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Role } from '@brobygger/domain';
import { makeFragmentData } from '../../gql';
import { ViewerContext } from '../session/viewer-context';
import { PartyGroups, PartyGroups_agreement } from './party-groups';

const party = (id: string, name: string, role: 'EMPLOYER' | 'PUBLIC_PARTNER' | 'PARTICIPANT', sector: 'BUSINESS' | 'PUBLIC' | 'CIVIL', organizationId: string | null) => ({
  id,
  name,
  role,
  sector,
  signedAt: null,
  person: organizationId ? null : { id: `per_${id}`, isParticipant: true },
  organization: organizationId ? { id: organizationId } : null,
});

const AGREEMENT = makeFragmentData(
  {
    id: 'agr_1',
    title: 'Arbeidstrening hos Grenland Mekaniske Verksted AS',
    allowedMoves: [{ move: 'SIGN', allowed: true, reason: null, code: null, params: null }],
    parties: [
      party('p_emp', 'Grenland Mekaniske Verksted AS', 'EMPLOYER', 'BUSINESS', 'org_grenland'),
      party('p_nav', 'NAV Porsgrunn', 'PUBLIC_PARTNER', 'PUBLIC', 'org_nav'),
      party('p_part', 'Maria Nordskaug', 'PARTICIPANT', 'CIVIL', null),
    ],
  },
  PartyGroups_agreement,
);

function renderAs(role: Role, organizationId: string | null) {
  render(
    <MockedProvider>
      <MantineProvider>
        <MemoryRouter>
          <ViewerContext.Provider value={{ id: 'usr_1', email: 'x@example.org', role, personId: null, organizationId }}>
            <PartyGroups agreement={AGREEMENT} />
          </ViewerContext.Provider>
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('signing an agreement for a party', () => {
  it('offers an employer only the signature of its own organisation', () => {
    renderAs('EMPLOYER', 'org_grenland');
    expect(screen.getByRole('button', { name: 'Signer for Grenland Mekaniske Verksted AS' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Signer for NAV Porsgrunn' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Signer for Maria Nordskaug' })).toBeNull();
    expect(screen.getAllByText('Venter på signatur')).toHaveLength(2);
  });

  it('offers a coordinator every party’s signature', () => {
    renderAs('COORDINATOR', null);
    expect(screen.getAllByRole('button', { name: /^Signer for / })).toHaveLength(3);
    expect(screen.queryByText('Venter på signatur')).toBeNull();
  });

  it('asks an employer to sign for its own organisation, not to record another party\'s signature', async () => {
    renderAs('EMPLOYER', 'org_grenland');
    fireEvent.click(screen.getByRole('button', { name: 'Signer for Grenland Mekaniske Verksted AS' }));
    const dialog = await screen.findByRole('dialog', { name: 'Signere for organisasjonen din?' });
    expect(dialog.textContent).toContain('Du signerer avtalen «Arbeidstrening hos Grenland Mekaniske Verksted AS» for Grenland Mekaniske Verksted AS.');
  });

  it('asks a coordinator to record a party\'s signature', async () => {
    renderAs('COORDINATOR', null);
    fireEvent.click(screen.getByRole('button', { name: 'Signer for NAV Porsgrunn' }));
    const dialog = await screen.findByRole('dialog', { name: 'Signere på vegne av parten?' });
    expect(dialog.textContent).toContain('Du registrerer at NAV Porsgrunn signerer');
  });
});
