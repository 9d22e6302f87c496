import { Paper, Text } from '@mantine/core';

/** Long single words ("Meglerposisjoner", "Gjennomsnittlig") break rather than run past a narrow tile. */
const WRAP = { overflowWrap: 'anywhere', hyphens: 'auto' } as const;

/** One figure with its label and a line of detail; the label is shown in full, wrapped if need be. */
export function StatTile({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder p="xs" radius="sm" miw={0}>
      <Text size="xs" c="dimmed" lh={1.2} style={WRAP}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {detail ? (
        <Text size="xs" c="dimmed" style={WRAP}>
          {detail}
        </Text>
      ) : null}
    </Paper>
  );
}
