import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE } from './use-list-state';

/** "21–40 of 312" with previous/next, for cursor-paginated lists. */
export function Pager({
  page,
  shown,
  totalCount,
  hasNextPage,
  onPrevious,
  onNext,
}: {
  page: number;
  shown: number;
  totalCount: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const from = shown === 0 ? 0 : page * PAGE_SIZE + 1;
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t('list.range', { from, to: page * PAGE_SIZE + shown, total: totalCount })}
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={onPrevious} disabled={page === 0}>
          {t('list.previous')}
        </Button>
        <Button size="xs" variant="default" onClick={onNext} disabled={!hasNextPage}>
          {t('list.next')}
        </Button>
      </Group>
    </Group>
  );
}
