import type { Sector } from '@brobygger/domain';

/**
 * One colour per sector, used by the graph, badges and legends alike so a sector reads the
 * same everywhere. Picked to stay apart for the common colour-vision deficiencies.
 */
export const SECTOR_COLORS: Record<Sector, string> = {
  BUSINESS: '#1c7ed6',
  PUBLIC: '#e8590c',
  CIVIL: '#2f9e44',
};

/** The matching Mantine palette names for badges. */
export const SECTOR_MANTINE: Record<Sector, string> = {
  BUSINESS: 'blue',
  PUBLIC: 'orange',
  CIVIL: 'green',
};
