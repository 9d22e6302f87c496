import { TextInput } from '@mantine/core';
import { fireEvent, screen } from '@testing-library/react';
import { createGoalSchema } from '@brobygger/domain';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { DateField } from '../pickers/date-field';
import { ListItemForm } from './list-item-form';

function GoalForm({ onSubmit }: { onSubmit: (input: unknown) => Promise<unknown> }) {
  return (
    <ListItemForm
      label="Legg til mål"
      schema={createGoalSchema}
      initialValues={{ text: '', targetDate: '' }}
      submitLabel="Legg til"
      onSubmit={onSubmit}
      onCancel={() => {}}
    >
      {(form) => (
        <>
          <TextInput label="Mål" {...form.getInputProps('text')} />
          <DateField label="Frist" {...form.getInputProps('targetDate')} />
        </>
      )}
    </ListItemForm>
  );
}

describe('adding a goal with a date that is no date', () => {
  it('saves nothing and keeps what was typed, until the date is one', () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    renderWithMantine(<GoalForm onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText('Mål'), { target: { value: 'Ta førerkort' } });
    const date = screen.getByLabelText<HTMLInputElement>('Frist');
    fireEvent.focus(date);
    fireEvent.change(date, { target: { value: '31.02.2025' } });
    fireEvent.blur(date);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(date.value).toBe('31.02.2025');
    expect(screen.getByText('Ugyldig dato. Skriv den som dd.mm.åååå.')).toBeTruthy();

    fireEvent.focus(date);
    fireEvent.change(date, { target: { value: '28.02.2025' } });
    fireEvent.blur(date);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Ta førerkort', targetDate: '2025-02-28' }),
    );
  });
});
