import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on its own port; proxying /graphql keeps the session cookie
// same-origin, exactly as in production where one process serves both.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://localhost:4000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/graphql': { target: 'http://localhost:4000', changeOrigin: false } },
  },
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
});
