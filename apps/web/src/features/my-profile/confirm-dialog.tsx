import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a final choice asks before it is made: a title, what it does, and the button that makes it. */
export interface ConfirmQuestion {
  title: string;
  body: string;
  confirm: string;
  /** Red for a choice that takes something back. */
  color?: string;
}

/**
 * A participant's final choice asked once more, open while `question` is set. The safe choice
 * has the focus: Enter on the opened dialog changes nothing.
 */
export function ConfirmDialog(props: {
  question: ConfirmQuestion | null;
  loading: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { question } = props;
  return (
    <Modal opened={question !== null} onClose={props.onCancel} title={question?.title}>
      {question ? (
        <Stack>
          <Text size="sm">{question.body}</Text>
          <Group justify="flex-end">
            <Button variant="default" data-autofocus onClick={props.onCancel}>
              {t('actions.cancel')}
            </Button>
            <Button color={question.color} loading={props.loading} onClick={props.onConfirm}>
              {question.confirm}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
