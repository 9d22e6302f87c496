import { Paper, Text } from '@mantine/core';

/** One figure with its label and a line of detail. */
export function StatTile({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text size="xs" c="dimmed" lh={1.2}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {detail ? (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </Paper>
  );
}
