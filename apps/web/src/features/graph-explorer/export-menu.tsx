import { useApolloClient } from '@apollo/client/react';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type Sigma from 'sigma';
import { graphql } from '../../gql';
import type { GraphExportFormat, GraphFilter } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-error';
import { downloadText } from './download-file';
import { renderGraphPicture, savePng, type PictureText } from './export-png';
import { graphSvg, rendererLooks } from './export-svg';
import type { PictureFormat } from './legend-model';
import { canvasMeasure, estimateMeasure } from './picture-layout';
import type { EdgeAttrs, NodeAttrs } from './types';

const ExportGraphQuery = graphql(`
  query ExportGraphQuery($filter: GraphFilter, $format: GraphExportFormat!) {
    exportGraph(filter: $filter, format: $format) {
      filename
      mimeType
      content
    }
  }
`);

const FORMATS: { format: GraphExportFormat; labelKey: string }[] = [
  { format: 'GRAPHML', labelKey: 'analytics.explorer.exportGraphml' },
  { format: 'GEXF', labelKey: 'analytics.explorer.exportGexf' },
  { format: 'CSV_NODES', labelKey: 'analytics.explorer.exportCsvNodes' },
  { format: 'CSV_EDGES', labelKey: 'analytics.explorer.exportCsvEdges' },
];

/** Downloads the graph as the API writes it (pseudonymised for researchers). */
export function useGraphExport() {
  const client = useApolloClient();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (filter: GraphFilter, format: GraphExportFormat) => {
    setBusy(true);
    try {
      // Never cached: a file is wanted as the data stands now, and it can be large.
      const { data, error } = await client.query({ query: ExportGraphQuery, variables: { filter, format }, fetchPolicy: 'no-cache' });
      if (!data) throw error instanceof Error ? error : new Error(t('analytics.explorer.exportFailed'));
      downloadText(data.exportGraph.content, data.exportGraph.filename, data.exportGraph.mimeType);
    } catch (error) {
      notifications.show({ color: 'red', title: t('analytics.explorer.exportFailed'), message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

interface Props {
  filter: GraphFilter;
  renderer: Sigma<NodeAttrs, EdgeAttrs> | null;
  /** Title, date and legend of the picture, in the UI's language, and its file name. */
  picture: () => PictureText & { fileName: (format: PictureFormat) => string };
}

/** Writes the picture in one format and hands it to the browser as a download. */
async function savePicture(renderer: Sigma<NodeAttrs, EdgeAttrs>, format: PictureFormat, picture: Props['picture']): Promise<void> {
  const { fileName, ...text } = picture();
  if (format === 'png') {
    await savePng(renderGraphPicture(renderer, text), fileName('png'));
    return;
  }
  const ctx = document.createElement('canvas').getContext('2d');
  const svg = graphSvg(renderer.getGraph(), text, rendererLooks(renderer), ctx ? canvasMeasure(ctx) : estimateMeasure);
  downloadText(svg, fileName('svg'), 'image/svg+xml');
}

/** The view as a picture (PNG, SVG) or as data (GraphML, GEXF, CSV of nodes or ties). */
export function ExportMenu({ filter, renderer, picture }: Props) {
  const { t } = useTranslation();
  const exporter = useGraphExport();
  const exportPicture = async (format: PictureFormat) => {
    if (!renderer) return;
    try {
      await savePicture(renderer, format, picture);
    } catch (error) {
      notifications.show({ color: 'red', title: t('analytics.explorer.exportFailed'), message: errorMessage(error) });
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} />}
          rightSection={<IconChevronDown size={12} />}
          loading={exporter.busy}
        >
          {t('analytics.explorer.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item disabled={!renderer} onClick={() => void exportPicture('png')}>
          {t('analytics.explorer.exportPng')}
        </Menu.Item>
        <Menu.Item disabled={!renderer} onClick={() => void exportPicture('svg')}>
          {t('analytics.explorer.exportSvg')}
        </Menu.Item>
        {FORMATS.map(({ format, labelKey }) => (
          <Menu.Item key={format} onClick={() => void exporter.run(filter, format)}>
            {t(labelKey)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
