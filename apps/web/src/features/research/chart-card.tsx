import { Card, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card around one chart, with a line saying how to read it. */
export function ChartCard({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="xs">
        <div>
          <Text fw={600} component="h2" size="md" m={0}>
            {title}
          </Text>
          {help ? (
            <Text size="xs" c="dimmed">
              {help}
            </Text>
          ) : null}
        </div>
        {children}
      </Stack>
    </Card>
  );
}
