import { Box, Group, Stack, Text } from '@mantine/core';
import { markBorder, type LegendMark, type LegendModel } from './legend-model';

/** A small CSS drawing of the shape the canvas gives an item. */
function Mark({ mark, color }: { mark: LegendMark; color: string }) {
  const base = { width: 12, height: 12, display: 'inline-block', boxSizing: 'border-box' as const, flexShrink: 0 };
  switch (mark) {
    case 'square':
      return <Box style={{ ...base, background: color }} />;
    case 'ring':
      return <Box style={{ ...base, borderRadius: '50%', border: `3px solid ${color}`, background: '#fff' }} />;
    case 'network':
      return <Box style={{ ...base, borderRadius: '50%', border: `3px solid ${markBorder(mark, color)}`, background: color }} />;
    case 'line':
      return <Box style={{ width: 14, height: 3, background: color, flexShrink: 0 }} />;
    default:
      return <Box style={{ ...base, borderRadius: '50%', background: color }} />;
  }
}

/** What colours, shapes, lines and sizes mean; it follows the explorer's size and colour choice. */
export function Legend({ model }: { model: LegendModel }) {
  return (
    <Stack gap={6} maw={520} role="group" aria-label={model.title}>
      <Text size="xs" fw={600}>
        {model.title}
      </Text>
      {model.sections.map((section) => (
        <Group key={section.key} gap="sm" data-testid={`legend-${section.key}`} role="list" aria-label={section.heading}>
          {section.items.map((item) => (
            <Group key={item.key} gap={4} wrap="nowrap" role="listitem">
              <Mark mark={item.mark} color={item.color} />
              <Text size="xs">{item.label}</Text>
            </Group>
          ))}
        </Group>
      ))}
      <Text size="xs" c="gray.7">
        {model.sizeNote}
      </Text>
      {model.note ? (
        // A dark orange: Mantine's orange shades fall short of 4.5:1 on white at this size.
        <Text size="xs" c="#9a3412" maw={480}>
          {model.note}
        </Text>
      ) : null}
    </Stack>
  );
}
