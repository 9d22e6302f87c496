import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { renderWithMantine } from '../../test/render';
import { LifecycleActions, LifecycleActions_agreement } from './lifecycle-actions';

const ACTIVE = makeFragmentData(
  {
    id: 'agr_1',
    kind: 'WORK_TRIAL',
    allowedMoves: (['PROPOSE', 'ACTIVATE', 'COMPLETE', 'TERMINATE'] as const).map((move) => ({
      move,
      allowed: move === 'COMPLETE' || move === 'TERMINATE',
      reason: null,
      code: null,
      params: null,
    })),
  },
  LifecycleActions_agreement,
);

describe('terminating an agreement', () => {
  it('starts in the reason, so typing goes there and a space does not close the dialog', async () => {
    const user = userEvent.setup();
    renderWithMantine(
      <MockedProvider>
        <LifecycleActions agreement={ACTIVE} />
      </MockedProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Avbryt avtalen' }));
    const reason = await screen.findByRole('textbox', { name: 'Begrunnelse' });
    await waitFor(() => expect(document.activeElement).toBe(reason));
    await user.keyboard('Deltakeren fikk jobb');
    expect(screen.getByRole('dialog', { name: 'Avbryt avtalen' })).toBeTruthy();
    expect((reason as HTMLTextAreaElement).value).toBe('Deltakeren fikk jobb');
  });
});
