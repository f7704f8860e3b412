import path from 'node:path';
import { defineConfig } from 'vite';

// The API serves ui/dist at "/" (UI_DIST_DIR); hash routing keeps API paths (/invoices, /auth/login…) free.
export default defineConfig({
  root: __dirname,
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    // csv-stringify's Node build uses the global Buffer; its browser build carries its own (src/common/csv.ts is shared).
    alias: { 'csv-stringify/sync': path.resolve(__dirname, '../node_modules/csv-stringify/dist/esm/sync.js') },
  },
  build: {
    outDir: path.resolve(__dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // MUI marks its modules "use client" (React Server Components): meaningless in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
});
