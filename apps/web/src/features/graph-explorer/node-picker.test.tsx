import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { NodePicker } from './node-picker';
import { FIXTURE } from './test/fixture-graph';

describe('the node picker', () => {
  it('offers what was typed before the node already chosen, so the keyboard picks the new one', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithMantine(<NodePicker label="Fra" nodes={FIXTURE.nodes} value="nav" onChange={onChange} />);
    const box = screen.getByRole<HTMLInputElement>('combobox', { name: 'Fra' });
    await user.clear(box);
    await user.type(box, 'Bjø');
    // jsdom leaves the dropdown's opening transition undone (display: none): options are found hidden.
    const options = await screen.findAllByRole('option', { hidden: true });
    expect(options.map((o) => o.textContent)).toEqual([expect.stringMatching(/^Bjørn · /), expect.stringMatching(/^NAV Skien · /)]);
    await user.keyboard('{ArrowDown}{Enter}');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith('bjorn', expect.anything()));
  });
});
