import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { ArchivedBadge } from '../archive/archive-actions';
import type { Column } from './columns';

interface LinkColumnOptions<N, F extends string> {
  key: string;
  label: string;
  sortField?: F;
  /** The row's own page. */
  to: (row: N) => string;
  /** The words of the link: the row's name or title. */
  text: (row: N) => string;
  /** When the row was archived, if it was: the "Arkivert" badge after the link. */
  archivedAt: (row: N) => string | null | undefined;
}

/**
 * The first column of a workspace list: a link to the row's own page, followed by the archived
 * badge when the row is archived. Inside a list's `columns` TypeScript cannot infer the row and
 * sort-field types, so give them: `linkColumn<(typeof list.nodes)[number], SortField>({ … })`.
 */
export function linkColumn<N, F extends string = string>(
  options: LinkColumnOptions<N, F>,
): Column<N, F> {
  const { key, label, sortField, to, text, archivedAt } = options;
  return {
    key,
    label,
    sortField,
    cell: (row) => (
      <>
        <Anchor component={Link} to={to(row)}>
          {text(row)}
        </Anchor>{' '}
        <ArchivedBadge archivedAt={archivedAt(row)} />
      </>
    ),
  };
}
