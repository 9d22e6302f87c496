import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sector } from '@brobygger/domain';
import { SECTOR_MANTINE } from '../../lib/sector-colors';

export function SectorBadge({ sector }: { sector: Sector }) {
  const { t } = useTranslation();
  return (
    <Badge color={SECTOR_MANTINE[sector]} variant="light">
      {t(`sector.${sector}`)}
    </Badge>
  );
}
