import {
  ActionIcon,
  Box,
  Button,
  Card,
  Group,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useId, useReducer, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/graphql-error';
import { initialListState, isOpen, listReducer } from './editable-list-state';
import { inOrder, moveItem } from './move-item';
import { RemovalQuestion } from './removal-question';

/** What a form inside the list is told: save happened (close it) or the user gave up. */
export interface ListFormProps<T> {
  /** The item to change; undefined when adding. */
  item?: T;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

interface Props<T extends { id: string }> {
  title: string;
  emptyText: string;
  /** The add button's words, e.g. "Legg til talent". */
  addLabel: string;
  items: readonly T[];
  /** The item in a few words, for button labels and announcements ("Flytt Sveising opp"). */
  nameOf: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  renderForm: (props: ListFormProps<T>) => ReactNode;
  onRemove: (item: T) => Promise<unknown>;
  /** Stores a new order; without it the list has no move buttons. */
  onReorder?: (ids: string[]) => Promise<unknown>;
  /** False shows the list only, without controls. */
  editable?: boolean;
}

type Announce = (message: string) => void;

/**
 * One card for each of a journey's lists (talents, dreams, goals, plan steps): a heading with
 * its add button beside it, the items with move up/down, edit and remove (asked first), and one
 * inline form at a time. Every control is a button, so the keyboard reaches all of it; what
 * happened is announced to screen readers, and focus stays on the control the user was on.
 */
export function EditableListCard<T extends { id: string }>(props: Props<T>) {
  const { t } = useTranslation();
  const { items, nameOf, editable = true } = props;
  const [state, dispatch] = useReducer(listReducer, initialListState);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());
  // Where focus goes after the list re-renders: a control of a row, or the add button.
  const focusNext = useRef<{ id: string; control: string } | 'add' | null>(null);
  const shown = inOrder(items, state.pendingOrder);

  useEffect(() => {
    const target = focusNext.current;
    // While a change is saved the row's buttons wait (disabled); focus returns once it is done.
    if (!target || state.busy) return;
    focusNext.current = null;
    if (target === 'add') {
      addButton.current?.focus();
      return;
    }
    const row = rows.current.get(target.id);
    const wanted = row?.querySelector<HTMLButtonElement>(
      `[data-control="${target.control}"]:not(:disabled)`,
    );
    (wanted ?? row?.querySelector<HTMLButtonElement>('button:not(:disabled)'))?.focus();
  });

  const announce: Announce = (message) => setAnnouncement(message);

  const close = (focus: typeof focusNext.current) => {
    focusNext.current = focus;
    dispatch({ type: 'close' });
  };

  const move = async (index: number, delta: -1 | 1) => {
    const item = shown[index];
    if (!item || !props.onReorder) return;
    const current = shown.map((i) => i.id);
    const ids = moveItem(current, index, delta);
    if (ids === current) return;
    setError(null);
    dispatch({ type: 'reordering', ids });
    focusNext.current = { id: item.id, control: delta < 0 ? 'up' : 'down' };
    try {
      await props.onReorder([...ids]);
      announce(
        t('editableList.moved', {
          name: nameOf(item),
          position: index + delta + 1,
          count: ids.length,
        }),
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      dispatch({ type: 'settled' });
    }
  };

  const remove = async (item: T, index: number) => {
    setError(null);
    dispatch({ type: 'saving', id: item.id });
    try {
      await props.onRemove(item);
      announce(t('editableList.removed', { name: nameOf(item) }));
      // Focus goes to the item that took its place, or the one above, or the add button.
      const neighbour = shown[index + 1] ?? shown[index - 1];
      close(neighbour ? { id: neighbour.id, control: 'edit' } : 'add');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      dispatch({ type: 'settled' });
    }
  };

  const adding = state.mode.kind === 'adding';
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {props.title}
        </Title>
        {editable ? (
          <Button
            ref={addButton}
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => dispatch({ type: 'add' })}
            disabled={adding}
          >
            {props.addLabel}
          </Button>
        ) : null}
      </Group>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {error ? (
        <Text size="sm" c="red" role="alert" mb="xs">
          {error}
        </Text>
      ) : null}
      {adding
        ? props.renderForm({
            onSaved: (name) => {
              announce(t('editableList.added', { name }));
              close('add');
            },
            onCancel: () => close('add'),
          })
        : null}
      {shown.length === 0 && !adding ? (
        <Text size="sm" c="dimmed">
          {props.emptyText}
        </Text>
      ) : null}
      <Stack
        component="ol"
        gap={6}
        p={0}
        m={0}
        mt={adding ? 'sm' : 0}
        aria-labelledby={headingId}
        style={{ listStyle: 'none' }}
      >
        {shown.map((item, index) => {
          const name = nameOf(item);
          const busy = state.busy === item.id || state.busy === 'order';
          const confirming = editable && isOpen(state.mode, 'confirmingRemoval', item.id);
          return (
            <Box
              component="li"
              key={item.id}
              ref={(el: HTMLLIElement | null) => {
                if (el) rows.current.set(item.id, el);
                else rows.current.delete(item.id);
              }}
            >
              {isOpen(state.mode, 'editing', item.id) ? (
                props.renderForm({
                  item,
                  onSaved: (saved) => {
                    announce(t('editableList.saved', { name: saved }));
                    close({ id: item.id, control: 'edit' });
                  },
                  onCancel: () => close({ id: item.id, control: 'edit' }),
                })
              ) : (
                <Group
                  justify="space-between"
                  // The question to remove takes more room than the buttons: below the item if need be.
                  wrap={confirming ? 'wrap' : 'nowrap'}
                  align="flex-start"
                  gap="xs"
                >
                  {/* A word longer than the card (a pasted link, a run of letters) breaks inside it. */}
                  <Box style={{ minWidth: 0, flex: '1 1 12rem', overflowWrap: 'anywhere' }}>
                    {props.renderItem(item)}
                  </Box>
                  {confirming ? (
                    <RemovalQuestion
                      name={name}
                      busy={busy}
                      onConfirm={() => void remove(item, index)}
                      onCancel={() => close({ id: item.id, control: 'remove' })}
                    />
                  ) : editable ? (
                    <Group gap={2} wrap="nowrap">
                      {props.onReorder ? (
                        <>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            data-control="up"
                            aria-label={t('editableList.moveUp', { name })}
                            disabled={index === 0 || busy}
                            onClick={() => void move(index, -1)}
                          >
                            <IconArrowUp size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            data-control="down"
                            aria-label={t('editableList.moveDown', { name })}
                            disabled={index === shown.length - 1 || busy}
                            onClick={() => void move(index, 1)}
                          >
                            <IconArrowDown size={16} />
                          </ActionIcon>
                        </>
                      ) : null}
                      <ActionIcon
                        variant="subtle"
                        data-control="edit"
                        aria-label={t('editableList.edit', { name })}
                        disabled={busy}
                        onClick={() => dispatch({ type: 'edit', id: item.id })}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        data-control="remove"
                        aria-label={t('editableList.remove', { name })}
                        disabled={busy}
                        onClick={() => dispatch({ type: 'askRemoval', id: item.id })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  ) : null}
                </Group>
              )}
            </Box>
          );
        })}
      </Stack>
    </Card>
  );
}
