import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePhone } from '../../lib/use-phone';

/**
 * The panel around a list and its pager: a bordered box around a table; on a phone, where the
 * rows are cards with borders of their own, no second border to narrow them.
 */
export function ListPanel({ children }: { children: ReactNode }) {
  const phone = usePhone();
  return (
    <Paper withBorder={!phone} p={phone ? 0 : 'xs'}>
      {children}
    </Paper>
  );
}
