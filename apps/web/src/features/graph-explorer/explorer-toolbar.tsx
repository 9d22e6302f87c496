import { Button, Group, Text, Title } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconRoute, IconTable } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  phone: boolean;
  search: ReactNode;
  layout: ReactNode;
  exportMenu: ReactNode;
  /** The counter's words, already formatted; null while the graph reloads. */
  counts: string | null;
  pathOpen: boolean;
  onTogglePath: () => void;
  tableOpen: boolean;
  onToggleTable: () => void;
  onOpenFilters: () => void;
}

/**
 * The row above the canvas: the page's heading, search, layout, counter, bridge path, table
 * view, export (and filters on a phone).
 */
export function ExplorerToolbar(props: Props) {
  const { t } = useTranslation();
  const heading = (
    <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
      {t('nav.explorer')}
    </Title>
  );
  const counter = (
    <Text size="sm" c="gray.7" aria-live="polite" data-testid="explorer-counts" style={{ whiteSpace: 'nowrap' }}>
      {props.counts ?? t('states.loading')}
    </Text>
  );
  const actions = (
    <>
      {props.phone ? (
        <Button size="xs" variant="default" leftSection={<IconAdjustmentsHorizontal size={14} aria-hidden />} onClick={props.onOpenFilters}>
          {t('analytics.explorer.filtersButton')}
        </Button>
      ) : null}
      <Button
        size="xs"
        variant={props.tableOpen ? 'filled' : 'default'}
        color="dark"
        leftSection={<IconTable size={14} aria-hidden />}
        onClick={props.onToggleTable}
        aria-pressed={props.tableOpen}
      >
        {t('analytics.explorer.tableView')}
      </Button>
      <Button
        size="xs"
        variant={props.pathOpen ? 'filled' : 'default'}
        color="dark"
        leftSection={<IconRoute size={14} aria-hidden />}
        onClick={props.onTogglePath}
        aria-pressed={props.pathOpen}
      >
        {t('analytics.explorer.path.open')}
      </Button>
      {props.exportMenu}
    </>
  );
  if (props.phone) {
    return (
      <Group gap="xs" wrap="wrap">
        <Group gap="xs" justify="space-between" w="100%" wrap="nowrap">
          {heading}
          {counter}
        </Group>
        {props.search}
        <Group gap="xs" wrap="wrap">
          {actions}
          {props.layout}
        </Group>
      </Group>
    );
  }
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Group gap="sm" wrap="nowrap">
        {heading}
        {props.search}
        {props.layout}
      </Group>
      <Group gap="sm" wrap="nowrap">
        {counter}
        {actions}
      </Group>
    </Group>
  );
}
