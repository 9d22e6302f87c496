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

  it('keeps the last real date when what is typed is not one', () => {
    const changes: string[] = [];
    renderWithMantine(<Held initial="2026-09-15" changes={changes} />);
    type('31.02.2027');
    expect(changes).toEqual([]);
    expect(field().value).toBe('15.09.2026');
  });

  it('empties the date when the text is removed', () => {
    const changes: string[] = [];
    renderWithMantine(<Held initial="2026-09-15" changes={changes} />);
    type('');
    expect(changes).toEqual(['']);
    expect(field().value).toBe('');
  });
});

describe('the calendar', () => {
  it('opens an empty end date at the start’s month, and a filled one at its own', async () => {
    renderWithMantine(<DateField label="Frist" value="" opensAt="2027-06-10" onChange={() => {}} />);
    fireEvent.focus(field());
    expect(await screen.findByRole('button', { name: '10. juni 2027' })).toBeTruthy();
    cleanup();
    renderWithMantine(<DateField label="Frist" value="2028-01-03" opensAt="2027-06-10" onChange={() => {}} />);
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
