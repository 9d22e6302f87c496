import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileText, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-error';
import { todayIso } from '../../lib/format';
import { dataSummaryHtml, type MyDataExport } from './data-summary';

const ExportMyData = graphql(`
  mutation MyDataCardExport {
    exportMyData
  }
`);
const EraseMe = graphql(`
  mutation MyDataCardErase {
    eraseMe
  }
`);

/** Hands the browser a file to save, without a round trip through the server. */
function saveFile(content: string, type: string, fileName: string): void {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** "Download my data" and "Erase my data", the second behind a confirmation saying what stays. */
export function MyDataCard() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [exportData, exported] = useMutation(ExportMyData);
  const [erase, erasing] = useMutation(EraseMe);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');

  const download = async (as: 'json' | 'html') => {
    try {
      const result = await exportData();
      const data = result.data?.exportMyData;
      if (as === 'json') saveFile(JSON.stringify(data, null, 2), 'application/json', `brobygger-mine-data-${todayIso()}.json`);
      else {
        const html = await dataSummaryHtml({ data: data as MyDataExport, t, language: i18n.language });
        saveFile(html, 'text/html;charset=utf-8', `brobygger-mine-data-${todayIso()}.html`);
      }
      notifications.show({ color: 'teal', message: t('me.data.downloaded') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('me.data.downloadFailed'), message: errorMessage(error) });
    }
  };
  const eraseForGood = async () => {
    try {
      await erase();
      // The session is gone with the data; nothing of it may stay in the cache.
      await client.clearStore();
      notifications.show({ color: 'teal', message: t('me.data.erased'), autoClose: 10_000 });
      void navigate('/login');
    } catch (error) {
      notifications.show({ color: 'red', title: t('me.data.eraseFailed'), message: errorMessage(error) });
    }
  };
  const word = t('me.data.confirmWord');
  return (
    <Card withBorder>
      <Text fw={600} mb="xs" component="h2">
        {t('me.data.title')}
      </Text>
      <Stack gap="sm">
        <div>
          <Group gap="xs">
            <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => void download('json')} loading={exported.loading}>
              {t('me.data.download')}
            </Button>
            <Button variant="light" leftSection={<IconFileText size={16} />} onClick={() => void download('html')} loading={exported.loading}>
              {t('me.summary.download')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t('me.data.downloadHelp')} {t('me.summary.downloadHelp')}
          </Text>
        </div>
        <div>
          <Button color="red" variant="outline" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)}>
            {t('me.data.erase')}
          </Button>
          <Text size="xs" c="dimmed" mt={4}>
            {t('me.data.eraseHelp')}
          </Text>
        </div>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => {
          setConfirming(false);
          setTyped('');
        }}
        title={t('me.data.confirmTitle')}
        size="lg"
      >
        <Stack>
          <Alert color="red" variant="light">
            <List size="sm" spacing="xs">
              <List.Item>{t('me.data.confirmGone')}</List.Item>
              <List.Item>{t('me.data.confirmStays')}</List.Item>
            </List>
          </Alert>
          {/* Focus starts here, not on the close button, which a typed space would press. */}
          <TextInput
            label={t('me.data.confirmType')}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          <Group>
            <Button color="red" disabled={typed.trim().toUpperCase() !== word} loading={erasing.loading} onClick={() => void eraseForGood()}>
              {t('me.data.confirm')}
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
