import { Stack, Text } from '@mantine/core';

/** A labelled read-only value; a missing value shows a dash rather than an empty gap. */
export function DetailField({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '–'}</Text>
    </Stack>
  );
}
