import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { IntroductionsCardAnswerDocument, MyIntroductionsQueryDocument } from '../../gql/graphql';
import { IntroductionsCard } from './introductions-card';

const REQUEST = {
  __typename: 'Introduction' as const,
  id: 'int_1',
  status: 'REQUESTED' as const,
  message: 'Vi vil gjerne møte deg.',
  requestedAt: '2026-12-01T10:00:00.000Z',
  deadline: '2026-12-15',
  answeredAt: null,
  organization: { __typename: 'Organization' as const, id: 'org_1', name: 'Grenland Mekaniske Verksted AS' },
  opportunity: null,
};

/** The card over one waiting request; `answers` counts the answers the API received, by accept. */
function renderCard() {
  const answers: boolean[] = [];
  const answer = (accept: boolean): MockLink.MockedResponse => ({
    request: { query: IntroductionsCardAnswerDocument, variables: { id: 'int_1', accept } },
    result: () => {
      answers.push(accept);
      return {
        data: {
          answerIntroduction: { __typename: 'Introduction', id: 'int_1', status: accept ? 'ACCEPTED' : 'DECLINED', answeredAt: '2026-12-07T10:00:00.000Z' },
        },
      };
    },
  });
  const mocks: MockLink.MockedResponse[] = [
    { request: { query: MyIntroductionsQueryDocument }, result: { data: { introductions: { __typename: 'IntroductionConnection', nodes: [REQUEST] } } } },
    answer(true),
    answer(false),
  ];
  render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <IntroductionsCard />
      </MantineProvider>
    </MockedProvider>,
  );
  return answers;
}

describe('answering an employer’s request to be introduced', () => {
  it('asks before saying no, saying that the request is closed for good', async () => {
    const user = userEvent.setup();
    const answers = renderCard();
    await user.click(await screen.findByRole('button', { name: 'Nei takk' }));
    const dialog = await screen.findByRole('dialog', { name: 'Si nei til Grenland Mekaniske Verksted AS?' });
    expect(dialog.textContent).toContain('Forespørselen blir avsluttet');
    expect(dialog.textContent).toContain('Du kan ikke angre svaret');
    expect(answers).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(answers).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Nei takk' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Nei takk' }));
    await waitFor(() => expect(answers).toEqual([false]));
  });

  it('asks before saying yes, saying the employer learns the name and how to reach the participant', async () => {
    const user = userEvent.setup();
    const answers = renderCard();
    await user.click(await screen.findByRole('button', { name: 'Ja, introduser meg' }));
    const dialog = await screen.findByRole('dialog', { name: 'Si ja til Grenland Mekaniske Verksted AS?' });
    expect(dialog.textContent).toContain('navnet ditt og kontaktinformasjonen din');
    expect(answers).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Ja, introduser meg' }));
    await waitFor(() => expect(answers).toEqual([true]));
  });

  it('is answered from the keyboard: the safe choice has the focus and Escape changes nothing', async () => {
    const user = userEvent.setup();
    const answers = renderCard();
    (await screen.findByRole('button', { name: 'Nei takk' })).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' })));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(answers).toEqual([]);
  });
});
