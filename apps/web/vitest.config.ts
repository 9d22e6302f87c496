import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit tests beside the code they test; components render in jsdom (vite.config.ts keeps no
// `test:` key, which breaks tsc with vite 8).
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
  },
});
