/**
 * NACE (SN2007) section letters, the form participants' wished industries are stored in; the
 * names are translated under `employer.nace`.
 */
export const NACE_SECTIONS = [
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U',
] as const;
