import { Anchor, List, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BrregPanel } from './brreg-panel';
import { CsvPanel } from './csv-panel';
import './import-texts';

const EXPORT_LISTS = ['organizations', 'people', 'networks', 'connections', 'agreements', 'opportunities'] as const;

/**
 * Import and export for coordinators: the business register, people and connections from
 * CSV (with a column mapping), and every list as CSV. Uploads go to the API's /import
 * endpoints (streamed progress and report), downloads come from /export/<list>.csv.
 */
export function ImportRoute() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1} size="h2">{t('importPage.title')}</Title>
      <Tabs defaultValue="brreg" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="brreg">{t('importPage.tabs.brreg')}</Tabs.Tab>
          <Tabs.Tab value="people">{t('importPage.tabs.people')}</Tabs.Tab>
          <Tabs.Tab value="connections">{t('importPage.tabs.connections')}</Tabs.Tab>
          <Tabs.Tab value="export">{t('importPage.tabs.export')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="brreg" pt="md">
          <BrregPanel />
        </Tabs.Panel>
        <Tabs.Panel value="people" pt="md">
          <CsvPanel kind="people" />
        </Tabs.Panel>
        <Tabs.Panel value="connections" pt="md">
          <CsvPanel kind="connections" />
        </Tabs.Panel>
        <Tabs.Panel value="export" pt="md">
          <Stack>
            <Text>{t('importPage.exportIntro')}</Text>
            <List>
              {EXPORT_LISTS.map((list) => (
                <List.Item key={list}>
                  <Anchor href={`/export/${list}.csv`} download>
                    {t(`importPage.lists.${list}`)}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
