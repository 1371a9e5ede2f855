/**
 * The 3-D bowl in Chromium: axes with tick labels for wᵢ, wⱼ and E, the pending
 * step Δw as an arrow that follows the run, and the mesh painted once per grid or
 * camera (its data-draws counter), not per frame. Screenshots go to test-results/screenshots/.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoNonFinite, readout, test } from './fixtures';

const SHOTS = 'test-results/screenshots';

/** The step arrow's two ends, as numbers (NaN where an attribute is missing). */
async function arrowEnds(page: Page): Promise<number[]> {
  const arrow = page.getByTestId('surface-step');
  return Promise.all(['x1', 'y1', 'x2', 'y2'].map(async (a) => Number((await arrow.getAttribute(a)) ?? NaN)));
}

async function ticks(page: Page): Promise<Record<string, string[]>> {
  return JSON.parse((await page.getByTestId('surface-plot').getAttribute('data-ticks')) ?? '{}') as Record<string, string[]>;
}

test('the 3-D bowl has labelled axes for w₁, w₂ and E, and the pending step as an arrow', async ({ page }) => {
  await page.goto('/#preset=narrow-valley&view=surface');
  const canvas = page.getByTestId('surface-plot');
  await expect(canvas).toHaveAttribute('data-ticks', /E/);
  const labels = await ticks(page);
  expect(Object.keys(labels)).toEqual(['w₁', 'w₂', 'E']);
  for (const name of ['w₁', 'w₂']) {
    expect(labels[name].length, `${name} tick labels`).toBeGreaterThanOrEqual(3);
    expect(labels[name].length).toBeLessThanOrEqual(6);
  }
  expect(labels.E.length, 'E tick labels').toBeGreaterThanOrEqual(3);
  for (const text of Object.values(labels).flat()) expect(text).toMatch(/^−?[\d.]+(e−?\d+)?$/);

  const arrow = page.getByTestId('surface-step');
  await expect(arrow).toHaveAttribute('visibility', 'visible');
  await expect(arrow).toBeVisible();
  const ends = await arrowEnds(page);
  for (const v of ends) expect(Number.isFinite(v)).toBe(true);
  expect(Math.hypot(ends[2] - ends[0], ends[3] - ends[1])).toBeGreaterThan(3);
  // It starts at the point.
  const point = page.getByTestId('surface-point');
  expect(Number(await point.getAttribute('cx'))).toBeCloseTo(ends[0], 1);
  expect(Number(await point.getAttribute('cy'))).toBeCloseTo(ends[1], 1);
  await expectNoNonFinite(page);
  await page.screenshot({ path: `${SHOTS}/bowl3d-axes.png` });
});

test('the step arrow follows Step and Play, and the mesh is not repainted per frame', async ({ page }) => {
  await page.goto('/#preset=narrow-valley&view=surface&speed=30');
  const canvas = page.getByTestId('surface-plot');
  await expect(page.getByTestId('surface-step')).toHaveAttribute('visibility', 'visible');
  const before = await arrowEnds(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '1');
  // The arrow now starts where the point is after the step, and is not where it was.
  await expect.poll(async () => (await arrowEnds(page)).some((v, n) => Math.abs(v - before[n]) > 1)).toBe(true);
  const after = await arrowEnds(page);
  for (const v of after) expect(Number.isFinite(v)).toBe(true);
  const point = page.getByTestId('surface-point');
  expect(Number(await point.getAttribute('cx'))).toBeCloseTo(after[0], 1);
  expect(Number(await point.getAttribute('cy'))).toBeCloseTo(after[1], 1);

  // Playing: the arrow moves with the frames; the mesh is painted only when its grid changes.
  const draws0 = Number(await canvas.getAttribute('data-draws'));
  await page.getByTestId('surface-step').evaluate((el) => {
    const w = window as unknown as { arrowMoves: number };
    w.arrowMoves = 0;
    new MutationObserver(() => void w.arrowMoves++).observe(el, { attributes: true, attributeFilter: ['x1', 'y1', 'x2', 'y2'] });
  });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => readout(page, 'step'), { timeout: 15_000 }).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const moves = await page.evaluate(() => (window as unknown as { arrowMoves: number }).arrowMoves);
  const draws = Number(await canvas.getAttribute('data-draws')) - draws0;
  // Frames carry the arrow: it moved on many frames (fewer than steps on a busy machine, where a frame takes
  // several steps), and the mesh was painted on fewer of them than the arrow moved.
  expect(moves).toBeGreaterThanOrEqual(5);
  expect(draws).toBeLessThan(moves);
  await expectNoNonFinite(page);
});

test('turning the bowl repaints the mesh and axes, moves the arrow and keeps the axes labelled', async ({ page }) => {
  await page.goto('/#preset=round-bowl&view=surface');
  const canvas = page.getByTestId('surface-plot');
  await expect(page.getByTestId('surface-step')).toHaveAttribute('visibility', 'visible');
  const before = await arrowEnds(page);
  const draws = Number(await canvas.getAttribute('data-draws'));
  await canvas.focus();
  for (let n = 0; n < 8; n++) await page.keyboard.press('ArrowRight');
  await expect(canvas).not.toHaveAttribute('data-draws', String(draws));
  await expect.poll(async () => (await arrowEnds(page)).some((v, n) => Math.abs(v - before[n]) > 1)).toBe(true);
  const labels = await ticks(page);
  for (const name of ['w₁', 'w₂', 'E']) expect(labels[name].length).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: `${SHOTS}/bowl3d-turned.png` });
  await expectNoNonFinite(page);
});
