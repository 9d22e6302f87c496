import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Remove X?" in the row itself, the answer buttons focused first; Escape keeps the item. */
export function RemovalQuestion(props: {
  name: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group
      gap={6}
      wrap="wrap"
      justify="flex-end"
      role="group"
      style={{ minWidth: 0 }}
      aria-label={t('editableList.confirmRemove', { name: props.name })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {t('editableList.confirmRemove', { name: props.name })}
      </Text>
      <Button
        size="compact-sm"
        color="red"
        loading={props.busy}
        onClick={props.onConfirm}
        data-autofocus
        autoFocus
      >
        {t('editableList.confirmRemoveYes')}
      </Button>
      <Button size="compact-sm" variant="default" onClick={props.onCancel} disabled={props.busy}>
        {t('editableList.cancel')}
      </Button>
    </Group>
  );
}
