import { ActionIcon, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconMaximize, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type Sigma from 'sigma';
import { runCameraAction, zoomPercent, type CameraAction } from './camera';
import { useNumberFormat } from './intl';

/** The camera's zoom, followed at most once a frame while it animates. */
function useZoomRatio(renderer: Pick<Sigma, 'getCamera'> | null): number {
  const [ratio, setRatio] = useState(1);
  useEffect(() => {
    if (!renderer) return;
    const camera = renderer.getCamera();
    let frame = 0;
    const update = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setRatio(camera.getState().ratio);
      });
    };
    setRatio(camera.getState().ratio);
    camera.on('updated', update);
    return () => {
      camera.off('updated', update);
      cancelAnimationFrame(frame);
    };
  }, [renderer]);
  return ratio;
}

/** Zoom in, zoom out and fit to the graph, over the canvas's corner; the same as +, − and 0 on it. */
export function CameraControls({ renderer }: { renderer: Pick<Sigma, 'getCamera'> | null }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const ratio = useZoomRatio(renderer);
  const run = (action: CameraAction) => {
    if (renderer) void runCameraAction(renderer, action);
  };
  const button = (action: CameraAction, labelKey: string, shortcut: string, icon: ReactNode) => (
    <Tooltip label={`${t(labelKey)} (${shortcut})`} position="left" withinPortal>
      <ActionIcon variant="default" size="lg" onClick={() => run(action)} disabled={!renderer} aria-label={t(labelKey)} aria-keyshortcuts={shortcut}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Paper
      withBorder
      shadow="xs"
      p={4}
      pos="absolute"
      top={8}
      right={8}
      role="group"
      aria-label={t('analytics.explorer.camera.group')}
      style={{ zIndex: 2 }}
    >
      <Stack gap={4} align="center">
        {button({ kind: 'zoomIn' }, 'analytics.explorer.camera.zoomIn', '+', <IconZoomIn size={18} />)}
        {button({ kind: 'zoomOut' }, 'analytics.explorer.camera.zoomOut', '-', <IconZoomOut size={18} />)}
        {button({ kind: 'fit' }, 'analytics.explorer.camera.fit', '0', <IconMaximize size={18} />)}
        <Text size="xs" c="gray.7" data-testid="zoom-level" title={t('analytics.explorer.camera.level')}>
          {format(zoomPercent(ratio) / 100, { style: 'percent' })}
        </Text>
      </Stack>
    </Paper>
  );
}
