import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { preloadApp } from './preload-app';

// In development the API runs on its own port; proxying /graphql keeps the session cookie
// same-origin, exactly as in production where one process serves both.
// /import and /export carry files (uploads with streamed progress, CSV downloads) beside GraphQL.
const API_PROXY = Object.fromEntries(
  ['/graphql', '/import/', '/export/'].map((path) => [path, { target: 'http://localhost:4000', changeOrigin: false }]),
);

export default defineConfig({
  plugins: [react(), preloadApp()],
  server: {
    port: 5173,
    proxy: API_PROXY,
  },
  preview: {
    proxy: API_PROXY,
  },
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
});
