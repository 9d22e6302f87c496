import { useMediaQuery } from '@mantine/hooks';

/** Below Mantine's `sm` breakpoint, where the menu goes behind the burger: a phone. */
export const PHONE_QUERY = '(max-width: 48em)';

/** Whether the screen is a phone's; known on the first render, so a page never jumps from table to cards. */
export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
}
