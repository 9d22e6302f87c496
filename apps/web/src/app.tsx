import { ApolloProvider } from '@apollo/client/react';
import { Button, Drawer, MantineProvider, Modal, Notification, Select, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo/client';
import { router } from './router';

/**
 * The app's theme. Mantine's close buttons (dialogs, drawers, notifications) carry only an icon:
 * they are named in the UI language here, once, so no dialog is left with an unnamed button.
 */
function appTheme(closeLabel: string) {
  const close = { closeButtonProps: { 'aria-label': closeLabel } };
  return createTheme({
    primaryColor: 'teal',
    // White on teal 6 (the default) is 2.5:1; teal 9 reaches AA's 4.5:1 for buttons and links.
    primaryShade: { light: 9, dark: 8 },
    // Filled yellow and orange badges take dark text where white would be unreadable.
    autoContrast: true,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    components: {
      // Picking the chosen option again would empty the field and block saving a required one;
      // a field that may be emptied says so with `clearable`.
      Select: Select.extend({ defaultProps: { allowDeselect: false } }),
      Modal: Modal.extend({ defaultProps: close }),
      Drawer: Drawer.extend({ defaultProps: close }),
      Notification: Notification.extend({ defaultProps: close }),
      // Mantine keeps a button's label on one line and cuts off what does not fit: on a phone a
      // long label ("Last ned som lesbart sammendrag") lost its end. It wraps instead, and the
      // button grows; a label that fits looks as before.
      Button: Button.extend({
        styles: {
          root: { height: 'auto', minHeight: 'var(--button-height)', maxWidth: '100%' },
          inner: { minHeight: 'calc(var(--button-height) - 2px)', paddingBlock: 4 },
          label: { whiteSpace: 'normal', lineHeight: 1.2 },
        },
      }),
    },
  });
}

/**
 * Mantine's grey "dimmed" text and its light variants (shade 9 on shade 1: active menu links,
 * light badges) fall below WCAG AA's 4.5:1; darker text and a paler background pass everywhere.
 */
const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(theme.colors).flatMap((name) => [
        [`--mantine-color-${name}-light`, `var(--mantine-color-${name}-0)`],
        [`--mantine-color-${name}-light-hover`, `var(--mantine-color-${name}-1)`],
        // Shade 9 of yellow, orange, green and lime is still too light on shade 0 or on white.
        [`--mantine-color-${name}-light-color`, `color-mix(in srgb, var(--mantine-color-${name}-9) 70%, black)`],
        [`--mantine-color-${name}-outline`, `color-mix(in srgb, var(--mantine-color-${name}-9) 70%, black)`],
      ]),
    ),
  },
  dark: {},
});

export function App() {
  const [client] = useState(createApolloClient);
  const { t } = useTranslation();
  const theme = useMemo(() => appTheme(t('actions.close')), [t]);
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
        <ModalsProvider>
          <Notifications position="bottom-right" />
          <RouterProvider router={router} />
        </ModalsProvider>
      </MantineProvider>
    </ApolloProvider>
  );
}
