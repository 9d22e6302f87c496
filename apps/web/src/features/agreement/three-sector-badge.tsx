import { Badge, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The model's hallmark: an agreement whose parties span business, public and civil sector. */
export function ThreeSectorBadge({ size = 'sm' }: { size?: MantineSize }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="gradient" gradient={{ from: 'blue', to: 'green', deg: 90 }}>
      {t('agreement.threeSector')}
    </Badge>
  );
}
