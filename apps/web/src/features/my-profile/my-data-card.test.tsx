import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { MyDataCard } from './my-data-card';

describe('erasing my data', () => {
  it('starts in the field to type the word, so typing goes there and not to the close button', async () => {
    const user = userEvent.setup();
    renderWithMantine(
      <MockedProvider>
        <MemoryRouter>
          <MyDataCard />
        </MemoryRouter>
      </MockedProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Slett dataene mine' }));
    const field = await screen.findByRole('textbox', { name: 'Skriv SLETT for å bekrefte' });
    await waitFor(() => expect(document.activeElement).toBe(field));
    await user.keyboard('SLETT');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Slett for godt' }).disabled).toBe(
      false,
    );
  });
});
