/**
 * Export in Chromium: the SVG parses and holds the title, the axes, the map and the marks; the
 * PNG has the asked pixel size; the GIF decodes (by a block walk written here) to the asked
 * number of frames and width; the WebM plays in a <video> with a duration; Cancel stops a
 * recording and puts the run back; the trajectory and the run come out as CSV and JSON.
 */
import { readFileSync } from 'node:fs';
import { test, expect, readout } from './fixtures';
import type { Download, Page } from '@playwright/test';

const open = async (page: Page) => {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  return page.getByRole('group', { name: 'Export' });
};
const saved = async (page: Page, click: () => Promise<void>): Promise<Buffer> => {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  return readFileSync((await (dl as Download).path())!);
};

/** Width, height and frame count of a GIF, walking its blocks (GIF89a spec). */
function gifInfo(b: Buffer) {
  expect(b.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  const width = b.readUInt16LE(6);
  const height = b.readUInt16LE(8);
  let p = 13;
  if (b[10] & 0x80) p += 3 * (1 << ((b[10] & 7) + 1));
  let frames = 0;
  const skipSubBlocks = () => {
    while (b[p] !== 0) p += b[p] + 1;
    p++;
  };
  for (;;) {
    const id = b[p++];
    if (id === 0x3b) break;
    if (id === 0x21) {
      p++;
      skipSubBlocks();
    } else if (id === 0x2c) {
      frames++;
      const flags = b[p + 8];
      p += 9;
      if (flags & 0x80) p += 3 * (1 << ((flags & 7) + 1));
      p++;
      skipSubBlocks();
    } else throw new Error(`unexpected GIF block 0x${id.toString(16)} at ${p - 1}`);
  }
  return { width, height, frames };
}

test('SVG holds the title, axes, map and marks; PNG 2× is twice its size in pixels', async ({ page }) => {
  await page.goto('/#preset=round-bowl&view=contour&steps=3');
  const panel = await open(page);
  const svg = (await saved(page, () => panel.getByRole('button', { name: 'SVG' }).click())).toString('utf8');
  const facts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror') !== null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: doc.querySelector('[data-role="title"]')?.textContent ?? '',
      images: doc.querySelectorAll('image').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      circles: doc.querySelectorAll('circle').length,
    };
  }, svg);
  expect(facts.error).toBe(false);
  expect(facts.title).toMatch(new RegExp(`round bowl.*η = ${await readout(page, 'eta')} · step 3`));
  expect(facts.images).toBeGreaterThanOrEqual(1);
  expect(facts.texts).toContain('weight w₁');
  expect(facts.texts).toContain('weight w₂');
  expect(facts.texts.some((t) => /the weights now/.test(t))).toBe(true);
  expect(facts.circles).toBeGreaterThan(0);

  const png = await saved(page, () => panel.getByRole('button', { name: 'PNG 2×' }).click());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(Math.round(2 * facts.width));
  expect(png.readUInt32BE(20)).toBe(Math.round(2 * facts.height));
});

test('a GIF of the next 5 steps at 320 px has 6 frames 320 px wide, and the run took the 5 steps', async ({ page }) => {
  await page.goto('/#preset=round-bowl&view=contour');
  const panel = await open(page);
  await panel.getByLabel('steps to record').fill('5');
  await panel.getByLabel('width in pixels').fill('320');
  const gif = await saved(page, () => panel.getByRole('button', { name: 'Record' }).click());
  const info = gifInfo(gif);
  expect(info).toMatchObject({ width: 320, frames: 6 });
  expect(info.height).toBeGreaterThan(100);
  expect(await readout(page, 'step')).toBe(5);
});

test('a WebM of 4 steps plays in a video with its duration', async ({ page }) => {
  await page.goto('/#preset=bowl');
  const panel = await open(page);
  // Debian's Chromium has WebCodecs: WebM is offered (a browser without it greys the option out: single.spec.ts).
  await expect(panel.getByRole('option', { name: 'WebM video' })).toBeEnabled();
  await panel.getByLabel('animation format').selectOption('webm');
  await panel.getByLabel('steps to record').fill('4');
  await panel.getByLabel('width in pixels').fill('320');
  const webm = await saved(page, () => panel.getByRole('button', { name: 'Record' }).click());
  expect(webm.readUInt32BE(0)).toBe(0x1a45dfa3); // EBML, the Matroska/WebM header
  const duration = await page.evaluate(async (bytes) => {
    const video = document.createElement('video');
    video.muted = true;
    video.src = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'video/webm' }));
    await new Promise((resolve, reject) => {
      video.onloadedmetadata = resolve;
      video.onerror = () => reject(new Error('the video did not load'));
    });
    // WebM written in one go may not state its duration: seeking far ahead makes the element find it.
    if (!Number.isFinite(video.duration)) {
      video.currentTime = 1e6;
      await new Promise((resolve) => (video.ontimeupdate = resolve));
    }
    return video.duration;
  }, [...webm]);
  expect(duration).toBeGreaterThan(0.5);
  expect(duration).toBeLessThan(2);
});

test('Cancel stops a recording and puts the run back at its step', async ({ page }) => {
  await page.goto('/#preset=round-bowl&view=contour&steps=2');
  const panel = await open(page);
  await panel.getByLabel('steps to record').fill('300');
  await panel.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByTestId('export-progress')).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('export-menu-message')).toContainText('cancelled');
  expect(await readout(page, 'step')).toBe(2);
});

test('the trajectory as CSV and the run as JSON', async ({ page }) => {
  await page.goto('/#preset=round-bowl&steps=4');
  const panel = await open(page);
  const csv = (await saved(page, () => panel.getByRole('button', { name: 'Trajectory (CSV)' }).click())).toString('utf8').trimEnd().split('\n');
  expect(csv[0]).toBe('step,E,w.1,w.2');
  expect(csv).toHaveLength(6);
  expect(Number(csv[5].split(',')[1])).toBe(await readout(page, 'E'));
  const text = (await saved(page, () => panel.getByRole('button', { name: 'Run (JSON)' }).click())).toString('utf8');
  const run = JSON.parse(text);
  expect(run).toMatchObject({ format: 'error-bowl-run', version: 1, act: 'linear', eta: await readout(page, 'eta'), steps: 4 });

  // The data editor loads it back on another page: the same records, weights and settings, from step 0.
  const other = await page.context().newPage();
  await other.goto('/#preset=bowl');
  await other.locator('.csv-file input[type="file"]').setInputFiles({ name: 'run.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.getByTestId('csv-message')).toContainText('Loaded the run');
  expect(await readout(other, 'step')).toBe(0);
  expect(await readout(other, 'eta')).toBe(run.eta);
  expect(await readout(other, 'w.1')).toBe(run.w[0][0]);
  expect(await readout(other, 'w.2')).toBe(run.w[0][1]);
});

test('a stretch of the run already taken (from step 2, 3 steps) records 4 frames and leaves the run at its step', async ({ page }) => {
  await page.goto('/#preset=round-bowl&view=contour&steps=10');
  const panel = await open(page);
  await panel.getByLabel('step to start the recording at').fill('2');
  await panel.getByLabel('steps to record').fill('3');
  await panel.getByLabel('width in pixels').fill('240');
  const gif = await saved(page, () => panel.getByRole('button', { name: 'Record' }).click());
  expect(gifInfo(gif)).toMatchObject({ width: 240, frames: 4 });
  expect(await readout(page, 'step')).toBe(10);
});
