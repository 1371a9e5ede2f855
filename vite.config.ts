/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// One config for the app and for Vitest. Engine tests run in Node (no DOM);
// everything under test/ui, test/viz and test/share gets jsdom via the file-name
// based environment below, so the engine stays provably DOM-free.
export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // No asset is inlined as a data: URL: a strict Content-Security-Policy (default-src 'self')
    // refuses data: fonts, and KaTeX's smallest fonts are under Vite's 4 KB default.
    assetsInlineLimit: 0,
  },
  // The built files are public and static: any page may load them, including a frame with
  // sandbox="allow-scripts", whose origin is opaque ("null"), so its module scripts and CSS are
  // fetched with CORS. (A host serving dist/ must do the same for sandboxed embeds; see README.)
  preview: {
    headers: { 'Access-Control-Allow-Origin': '*' },
  },
  test: {
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          include: ['test/engine/**/*.test.ts', 'test/store/**/*.test.ts', 'test/share/**/*.test.ts'],
          environment: 'node',
          benchmark: { include: ['test/engine/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['test/ui/**/*.test.{ts,tsx}', 'test/viz/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/setup-dom.ts'],
          benchmark: { include: [] },
        },
      },
    ],
  },
});
