import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import i18next from 'i18next';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { DateField, parseTypedDate } from './date-field';

/** A form's date held as the forms hold it (ISO, '' for none), with each change recorded. */
function Held({ initial, changes }: { initial: string; changes: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Frist"
      value={value}
      onChange={(next) => {
        changes.push(next);
        setValue(next);
      }}
    />
  );
}

const field = () => screen.getByLabelText<HTMLInputElement>('Frist');

function type(text: string) {
  fireEvent.focus(field());
  fireEvent.change(field(), { target: { value: text } });
  fireEvent.blur(field());
}

afterEach(() => i18next.changeLanguage('nb'));

describe('a date field in the page’s language', () => {
  it('shows a Norwegian page’s date as dd.mm.åååå, an English one’s as dd/mm/yyyy', async () => {
    renderWithMantine(<Held initial="2027-06-01" changes={[]} />);
    expect(field().value).toBe('01.06.2027');
    expect(field().placeholder).toBe('dd.mm.åååå');
    await act(() => i18next.changeLanguage('en'));
    expect(field().value).toBe('01/06/2027');
    expect(field().placeholder).toBe('dd/mm/yyyy');
  });

  it('takes a date typed the Norwegian way, with or without leading zeros, and hands the form ISO', () => {
    const changes: string[] = [];
    renderWithMantine(<Held initial="" changes={changes} />);
    type('1.6.2027');
    expect(changes.at(-1)).toBe('2027-06-01');
    expect(field().value).toBe('01.06.2027');
    type('15.09.2026');
    expect(changes.at(-1)).toBe('2026-09-15');
  });

  it('keeps text that is no date as typed and says so, leaving the last real date alone', () => {
    const changes: string[] = [];
    renderWithMantine(<Held initial="2026-09-15" changes={changes} />);
    type('31.02.2027');
    expect(changes).toEqual([]);
    expect(field().value).toBe('31.02.2027');
    expect(screen.getByText('Ugyldig dato. Skriv den som dd.mm.åååå.')).toBeTruthy();
    expect(field().getAttribute('aria-invalid')).toBe('true');
  });

  it('says nothing while a date is half typed, and lets go of the error once it is a date', () => {
    const changes: string[] = [];
    renderWithMantine(<Held initial="" changes={changes} />);
    fireEvent.focus(field());
    fireEvent.change(field(), { target: { value: '31.0' } });
    expect(screen.queryByText(/Ugyldig dato/)).toBeNull();
    fireEvent.blur(field());
    expect(screen.getByText(/Ugyldig dato/)).toBeTruthy();
    type('30.01.2027');
    expect(screen.queryByText(/Ugyldig dato/)).toBeNull();
    expect(changes.at(-1)).toBe('2027-01-30');
  });

  it('empties the date when the text is removed', () => {
    const changes: string[] = [];
    renderWithMantine(<Held initial="2026-09-15" changes={changes} />);
    type('');
    expect(changes).toEqual(['']);
    expect(field().value).toBe('');
  });
});

/** A form around the field, as the goal, agreement and people forms have one. */
function FormWith({ onSubmit }: { onSubmit: (date: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(value);
      }}
    >
      <DateField label="Frist" value={value} onChange={setValue} />
      <button type="submit">Lagre</button>
    </form>
  );
}

describe('a form with a date that is no date', () => {
  it('is not sent, and says why in the language of the page', async () => {
    const sent: string[] = [];
    await act(() => i18next.changeLanguage('en'));
    renderWithMantine(<FormWith onSubmit={(date) => sent.push(date)} />);
    fireEvent.focus(field());
    fireEvent.change(field(), { target: { value: '31/02/2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(sent).toEqual([]);
    expect(screen.getByText('Not a valid date. Write it as dd/mm/yyyy.')).toBeTruthy();
    expect(field().value).toBe('31/02/2025');
    expect(document.activeElement).toBe(field());
  });

  it('is sent once the date is corrected', () => {
    const sent: string[] = [];
    renderWithMantine(<FormWith onSubmit={(date) => sent.push(date)} />);
    type('31.02.2025');
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(sent).toEqual([]);
    type('28.02.2025');
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(sent).toEqual(['2025-02-28']);
  });
});

describe('the calendar', () => {
  it('opens an empty end date at the start’s month, and a filled one at its own', async () => {
    renderWithMantine(
      <DateField label="Frist" value="" opensAt="2027-06-10" onChange={() => {}} />,
    );
    fireEvent.focus(field());
    expect(await screen.findByRole('button', { name: '10. juni 2027' })).toBeTruthy();
    cleanup();
    renderWithMantine(
      <DateField label="Frist" value="2028-01-03" opensAt="2027-06-10" onChange={() => {}} />,
    );
    fireEvent.focus(field());
    expect(await screen.findByRole('button', { name: '3. januar 2028' })).toBeTruthy();
  });
});

describe('what may be typed', () => {
  it('reads the language’s format, short forms and ISO, and nothing half-typed or impossible', () => {
    expect(parseTypedDate('01.06.2027', 'DD.MM.YYYY')).toBe('2027-06-01');
    expect(parseTypedDate(' 1.6.2027 ', 'DD.MM.YYYY')).toBe('2027-06-01');
    expect(parseTypedDate('2027-06-01', 'DD.MM.YYYY')).toBe('2027-06-01');
    expect(parseTypedDate('01/06/2027', 'DD/MM/YYYY')).toBe('2027-06-01');
    expect(parseTypedDate('01.06.202', 'DD.MM.YYYY')).toBeNull();
    expect(parseTypedDate('29.02.2027', 'DD.MM.YYYY')).toBeNull();
    expect(parseTypedDate('06/01/2027', 'DD.MM.YYYY')).toBeNull();
  });
});
