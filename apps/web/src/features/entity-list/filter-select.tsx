import { Select } from '@mantine/core';
import type { FilterState, ListSpec } from './list-params';

interface Props<X extends FilterState, K extends keyof X & string> {
  /** The list from useListPage: its spec names the values, its filter holds the choice. */
  list: { spec: ListSpec<string, X>; filter: X; setFilter: (change: Partial<X>) => void };
  name: K;
  label: string;
  /** A value in the reader's words. */
  word: (value: NonNullable<X[K]>) => string;
  w: number;
}

/** One of a list's filters: a clearable select of the values its spec allows. */
export function FilterSelect<X extends FilterState, K extends keyof X & string>({
  list,
  name,
  label,
  word,
  w,
}: Props<X, K>) {
  const values = list.spec.filters[name];
  return (
    <Select
      aria-label={label}
      placeholder={label}
      data={values.map((value) => ({ value, label: word(value) }))}
      value={list.filter[name]}
      onChange={(value) => list.setFilter({ [name]: value } as Partial<X>)}
      clearable
      w={w}
    />
  );
}
