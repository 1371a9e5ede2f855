/**
 * The single-file build (npm run build:single): dist-single/index.html opened
 * from file:// with the network off runs the whole app — steps, plays, draws the
 * contour map (on the main thread: no worker file) and typesets the math panel
 * (KaTeX and its fonts are inlined).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, readout, test } from './fixtures';

const FILE = join(process.cwd(), 'dist-single', 'index.html');

test('dist-single/index.html is one file that works offline from file://', async ({ page, context }) => {
  expect(existsSync(FILE), 'run npm run build:single first (the e2e web server does)').toBe(true);
  expect(readdirSync(join(process.cwd(), 'dist-single'))).toEqual(['index.html']);
  await context.setOffline(true);
  await page.goto(`${pathToFileURL(FILE).href}#preset=round-bowl&view=contour&steps=2`);
  expect(await readout(page, 'step')).toBe(2);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  expect(await readout(page, 'step')).toBe(3);
  await expect(page.getByTestId('contour-bands')).not.toHaveAttribute('data-bands', '0');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => readout(page, 'step'), { timeout: 15_000 }).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByTestId('math-panel').locator('.katex').first()).toBeVisible();
  // KaTeX's fonts came from the file itself: the main one is loaded.
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
});

test('the single file sweeps η on the main thread (it has no worker file)', async ({ page, context }) => {
  await context.setOffline(true);
  await page.goto(`${pathToFileURL(FILE).href}#preset=bowl`);
  await page.getByRole('button', { name: 'Run the sweep' }).click();
  await expect(page.getByTestId('sweep-chart').getByTestId('sweep-point')).toHaveCount(60, { timeout: 30_000 });
});

test('the single file exports a PNG and a GIF, and offers WebM only where the browser can encode it', async ({ page, context }) => {
  await context.setOffline(true);
  await page.goto(`${pathToFileURL(FILE).href}#preset=round-bowl&view=contour`);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const panel = page.getByRole('group', { name: 'Export' });
  const [png] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'PNG 2×' }).click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  await panel.getByLabel('steps to record').fill('2');
  await panel.getByLabel('width in pixels').fill('200');
  const [gif] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.getByRole('button', { name: 'Record' }).click()]);
  expect(gif.suggestedFilename()).toMatch(/\.gif$/);
  const webmOffered = await page.evaluate(() => typeof (window as { VideoEncoder?: unknown }).VideoEncoder === 'function');
  await expect(panel.getByRole('option', { name: /WebM/ })).toBeEnabled({ enabled: webmOffered });
});
