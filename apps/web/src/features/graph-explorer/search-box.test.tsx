import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { SearchBox } from './search-box';
import { FIXTURE } from './test/fixture-graph';

describe('the search box', () => {
  it('suggests names as they are typed, and hands over the one chosen', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    renderWithMantine(<SearchBox nodes={FIXTURE.nodes} onPick={onPick} />);
    const box = screen.getByRole<HTMLInputElement>('combobox', { name: 'Søk i kartet' });
    await user.type(box, 'sk');
    expect(box.value).toBe('sk');
    // jsdom leaves the dropdown's opening transition undone (display: none): found hidden.
    fireEvent.click(await screen.findByRole('option', { name: /^NAV Skien · /, hidden: true }));
    await vi.waitFor(() => expect(onPick).toHaveBeenCalledWith('nav'));
    expect(box.value).toBe('');
  });
});
