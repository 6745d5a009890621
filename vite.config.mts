// The analyst's explorer (web/) is built into dist/web, which the service serves at `/`.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  base: '/',
  // React's automatic runtime through esbuild: no Babel plugin, so builds stay quick.
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Every byte ships with the service; the IDE is a separate chunk loaded only when opened.
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    rollupOptions: {
      // GraphiQL's Radix parts carry "use client" for server frameworks; meaningless in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
