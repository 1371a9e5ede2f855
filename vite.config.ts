/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

// One config for the app and for Vitest. Engine tests run in Node (no DOM);
// everything under test/ui, test/viz and test/share gets jsdom via the file-name
// based environment below, so the engine stays provably DOM-free.
/**
 * `vite build --mode single` (npm run build:single) makes dist-single/index.html, one
 * self-contained file for authors who can only upload files or open them from disk: every
 * script, style and KaTeX font inlined, no public/ files, the favicon link dropped, and no
 * worker (surfaces and sweeps are computed on the main thread there).
 */
const dropFavicon = {
  name: 'error-bowl:drop-favicon',
  transformIndexHtml: (html: string) => html.replace(/\s*<link rel="icon"[^>]*>/, ''),
};

/** Only KaTeX's woff2 fonts (every browser that runs the app reads them): the woff and ttf copies would triple the file. */
const woff2Only = {
  name: 'error-bowl:woff2-only',
  enforce: 'pre' as const,
  transform: (code: string, id: string) =>
    id.includes('katex') && id.endsWith('.css') ? code.replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\("(woff|truetype)"\)/g, '') : undefined,
};

export default defineConfig(({ mode }) => ({
  plugins: mode === 'single' ? [react(), viteSingleFile(), dropFavicon, woff2Only] : [react()],
  resolve:
    mode === 'single'
      ? {
          alias: [
            { find: /^\.\/makeWorker$/, replacement: fileURLToPath(new URL('./src/viz/surface/makeWorker.none.ts', import.meta.url)) },
            { find: /^\.\/makeSweepWorker$/, replacement: fileURLToPath(new URL('./src/viz/sweep/makeSweepWorker.none.ts', import.meta.url)) },
          ],
        }
      : {},
  base: './',
  publicDir: mode === 'single' ? false : 'public',
  build: {
    target: 'es2022',
    sourcemap: mode !== 'single',
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    // No asset is inlined as a data: URL in the normal build: a strict Content-Security-Policy
    // (default-src 'self') refuses data: fonts, and KaTeX's smallest fonts are under Vite's 4 KB
    // default. The single file inlines everything.
    assetsInlineLimit: mode === 'single' ? () => true : 0,
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
          include: ['test/engine/**/*.test.ts', 'test/notation/**/*.test.ts', 'test/store/**/*.test.ts', 'test/share/**/*.test.ts'],
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
          // Rendering the whole app in jsdom takes 0.3–1.2 s a test here, and 3–5 times that
          // with another heavy job on the 2-core machine (the suite must pass then too).
          testTimeout: 30_000,
          setupFiles: ['test/setup-dom.ts'],
          benchmark: { include: [] },
        },
      },
    ],
  },
}));
