import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Column } from './columns';

interface Props<N> {
  columns: readonly Column<N, string>[];
  rows: readonly N[];
  rowKey: (row: N) => string;
  /** The level of each card's heading: one below the page's own. */
  headingOrder: 2 | 3;
}

/**
 * A list as cards, for a phone: each row a list item whose heading is its first column, the
 * other columns as "label: value" lines in a description list, and the unlabelled ones
 * (actions) at the foot. Screen readers hear a list of so many items, each named by its heading.
 */
export function CardList<N>({ columns, rows, rowKey, headingOrder }: Props<N>) {
  const [main, ...rest] = columns;
  if (!main) return null;
  const described = rest.filter((c) => !c.labelHidden);
  const actions = rest.filter((c) => c.labelHidden);
  return (
    // role="list": a list styled without bullets loses its role in some screen readers.
    <Stack component="ul" role="list" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {rows.map((row) => {
        // Actions a row does not offer (an answered request) leave no empty foot.
        const footer = actions.flatMap((column) => {
          const content = column.cell(row);
          return content === null || content === undefined || content === false
            ? []
            : [{ key: column.key, content }];
        });
        return (
          <Paper component="li" key={rowKey(row)} withBorder p="sm">
            <Title
              order={headingOrder}
              size="h5"
              mb={described.length > 0 ? 6 : 0}
              style={{ overflowWrap: 'anywhere' }}
            >
              {main.cell(row)}
            </Title>
            {described.length > 0 ? (
              <Box
                component="dl"
                m={0}
                style={{
                  display: 'grid',
                  gridTemplateColumns: 'minmax(6.5rem, 35%) minmax(0, 1fr)',
                  columnGap: 12,
                  rowGap: 4,
                }}
              >
                {described.map((column) => (
                  // A group per pair keeps the grid's rows and is allowed inside <dl>.
                  <div key={column.key} style={{ display: 'contents' }}>
                    <Text component="dt" size="sm" c="dimmed">
                      {column.label}
                    </Text>
                    <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
                      {column.cell(row)}
                    </Text>
                  </div>
                ))}
              </Box>
            ) : null}
            {footer.length > 0 ? (
              <Group gap="xs" mt="xs">
                {footer.map(({ key, content }) => (
                  <Box key={key}>{content}</Box>
                ))}
              </Group>
            ) : null}
          </Paper>
        );
      })}
    </Stack>
  );
}
