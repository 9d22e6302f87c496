import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A detail page's first line: the name with its badges, and the page's actions on the right. */
export function DetailHeader({
  title,
  badges,
  actions,
}: {
  title: string;
  badges?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between">
      <Group gap="sm">
        <Title order={1} size="h2">
          {title}
        </Title>
        {badges}
      </Group>
      <Group gap="xs">{actions}</Group>
    </Group>
  );
}
