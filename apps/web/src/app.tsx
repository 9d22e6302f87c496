import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider, Select, createTheme } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo/client';
import { router } from './router';

const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    // Picking the chosen option again would empty the field and block saving a required one;
    // a field that may be emptied says so with `clearable`.
    Select: Select.extend({ defaultProps: { allowDeselect: false } }),
  },
});

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <ModalsProvider>
          <Notifications position="top-right" />
          <RouterProvider router={router} />
        </ModalsProvider>
      </MantineProvider>
    </ApolloProvider>
  );
}
