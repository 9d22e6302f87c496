import { Button, TextInput } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { EditableListCard, type ListFormProps } from './editable-list-card';

interface Talent {
  id: string;
  name: string;
}

const TALENTS: Talent[] = [
  { id: 'a', name: 'Sveising' },
  { id: 'b', name: 'Baking' },
  { id: 'c', name: 'Truckkjøring' },
];

function NameForm({
  item,
  onSaved,
  onCancel,
  onSave,
}: ListFormProps<Talent> & { onSave: (name: string) => void }) {
  const [name, setName] = useState(item?.name ?? '');
  return (
    <form
      aria-label="Talentskjema"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(name);
        onSaved(name);
      }}
    >
      <TextInput
        label="Talent"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        autoFocus
      />
      <Button type="submit">Lagre</Button>
      <Button onClick={onCancel}>Avbryt</Button>
    </form>
  );
}

function renderList(
  overrides: {
    onRemove?: () => Promise<unknown>;
    onReorder?: (ids: string[]) => Promise<unknown>;
    onSave?: (name: string) => void;
  } = {},
) {
  const props = {
    onRemove: vi.fn(overrides.onRemove ?? (() => Promise.resolve())),
    onReorder: vi.fn(overrides.onReorder ?? (() => Promise.resolve())),
    onSave: vi.fn(overrides.onSave ?? (() => {})),
  };
  renderWithMantine(
    <EditableListCard
      title="Talenter"
      emptyText="Ingen talenter"
      addLabel="Legg til talent"
      items={TALENTS}
      nameOf={(talent) => talent.name}
      renderItem={(talent) => <span>{talent.name}</span>}
      renderForm={(form) => <NameForm {...form} onSave={props.onSave} />}
      onRemove={props.onRemove}
      onReorder={props.onReorder}
    />,
  );
  return props;
}

describe('EditableListCard', () => {
  it('offers the add control beside the heading and lists the items in order', () => {
    renderList();
    const section = screen.getByRole('region', { name: 'Talenter' });
    expect(within(section).getByRole('button', { name: 'Legg til talent' })).toBeTruthy();
    const items = within(screen.getByRole('list', { name: 'Talenter' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.slice(0, 8))).toEqual([
      'Sveising',
      'Baking',
      'Truckkjø',
    ]);
  });

  it('moves an item with the keyboard, sends the new order and says where it went', async () => {
    const user = userEvent.setup();
    const { onReorder } = renderList();
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Flytt Sveising opp' }).disabled,
    ).toBe(true);
    screen.getByRole('button', { name: 'Flytt Sveising ned' }).focus();
    await user.keyboard('{Enter}');
    expect(onReorder).toHaveBeenCalledWith(['b', 'a', 'c']);
    expect(await screen.findByText('«Sveising» er nå nummer 2 av 3')).toBeTruthy();
  });

  it('asks before removing, and removes nothing when the user says no', async () => {
    const user = userEvent.setup();
    const { onRemove } = renderList();
    await user.click(screen.getByRole('button', { name: 'Fjern Baking' }));
    expect(screen.getByText('Fjerne «Baking»?')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(onRemove).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Fjern Baking' }));
    await user.click(screen.getByRole('button', { name: 'Ja, fjern' }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledWith(TALENTS[1]));
    expect(await screen.findByText('«Baking» er fjernet')).toBeTruthy();
  });

  it('opens one inline form to add, and closes it once saved', async () => {
    const user = userEvent.setup();
    const { onSave } = renderList();
    await user.click(screen.getByRole('button', { name: 'Legg til talent' }));
    await user.type(screen.getByLabelText('Talent'), 'Maling');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(onSave).toHaveBeenCalledWith('Maling');
    expect(screen.queryByRole('form', { name: 'Talentskjema' })).toBeNull();
    expect(await screen.findByText('«Maling» er lagt til')).toBeTruthy();
  });

  it('shows the API’s refusal of a move in words, and keeps the list as it was', async () => {
    const user = userEvent.setup();
    renderList({ onReorder: () => Promise.reject(new Error('Nettverksfeil')) });
    await user.click(screen.getByRole('button', { name: 'Flytt Baking opp' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nettverksfeil');
    const items = within(screen.getByRole('list', { name: 'Talenter' })).getAllByRole('listitem');
    expect(items[0]?.textContent?.startsWith('Sveising')).toBe(true);
  });

  it('breaks a word longer than the card inside it, in the item and in the question to remove it', async () => {
    const user = userEvent.setup();
    const long = { id: 'x', name: 'a'.repeat(3000) };
    renderWithMantine(
      <EditableListCard
        title="Drømmer"
        emptyText="Ingen drømmer"
        addLabel="Legg til drøm"
        items={[long]}
        nameOf={(item) => `${item.name.slice(0, 40)}…`}
        renderItem={(item) => <span>{item.name}</span>}
        renderForm={() => null}
        onRemove={() => Promise.resolve()}
      />,
    );
    // jsdom lays nothing out; what the browser needs to break the word is the style around it.
    const breaksAnywhere = (el: HTMLElement | null) => {
      for (let at = el; at; at = at.parentElement)
        if (at.style.overflowWrap === 'anywhere') return true;
      return false;
    };
    expect(breaksAnywhere(screen.getByText(long.name))).toBe(true);
    await user.click(screen.getByRole('button', { name: /^Fjern a+…$/ }));
    const question = screen.getByText(/^Fjerne «a+…»\?$/);
    expect(breaksAnywhere(question)).toBe(true);
    expect(screen.getByRole('button', { name: 'Ja, fjern' })).toBeTruthy();
  });
});
