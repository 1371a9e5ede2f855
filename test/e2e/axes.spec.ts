/**
 * Axes that keep their meaning, in Chromium: clicking the contour map starts a
 * new run there without re-framing or recolouring the map (the legend's levels
 * and the window stay); the course page's three bowls, given one window=, report
 * the same data-window, also after they are stepped; the E chart's lin/log switch
 * switches and stays switched; the curve's Fit button frames the run.
 */
import { expect, readout, test } from './fixtures';
import type { Page } from '@playwright/test';

const SHOTS = 'test-results/screenshots';

/** The legend's level values, as shown. */
async function legendLevels(page: Page): Promise<string[]> {
  return page.getByTestId('contour-legend').locator('text').allTextContents();
}

test('clicking the contour map starts a new run there and keeps the map’s window and colour levels', async ({ page }) => {
  await page.goto('/?preset=round-bowl&view=contour');
  const bands = page.getByTestId('contour-bands');
  await expect(bands).toHaveAttribute('data-current', 'true');
  await expect(bands).not.toHaveAttribute('data-bands', '0');
  const plot = page.locator('.plot.contour-plot');
  const win = await plot.getAttribute('data-window');
  expect(win).toMatch(/^-?[\d.e+-]+(,-?[\d.e+-]+){3}$/);
  const levels = await legendLevels(page);
  expect(levels.length).toBeGreaterThan(3);
  const draws = await bands.getAttribute('data-draws');
  const before = [await readout(page, 'w.1'), await readout(page, 'w.2')];

  const box = await page.getByTestId('contour-bg').boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.click(box!.x + box!.width * 0.3, box!.y + box!.height * 0.7);
  // A new run from the clicked weights …
  await expect.poll(async () => [await readout(page, 'w.1'), await readout(page, 'w.2')]).not.toEqual(before);
  expect(await readout(page, 'step')).toBe(0);
  // … on the same map: same window, same levels, no new picture.
  await expect(plot).toHaveAttribute('data-window', win!);
  await expect(bands).toHaveAttribute('data-current', 'true');
  expect(await legendLevels(page)).toEqual(levels);
  await expect(bands).toHaveAttribute('data-draws', draws!);
  // A second click, and steps inside the map, keep them too.
  await page.mouse.click(box!.x + box!.width * 0.65, box!.y + box!.height * 0.35);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '1');
  await expect(plot).toHaveAttribute('data-window', win!);
  expect(await legendLevels(page)).toEqual(levels);
  await page.screenshot({ path: `${SHOTS}/contour-after-click.png` });
});

test('the course page’s three bowls share one window (window=) and report the same data-window', async ({ page }) => {
  await page.goto('/examples/course.html');
  const ids = ['small', 'right', 'large'];
  for (const id of ids) {
    const frame = page.frameLocator(`#${id}`);
    await expect(frame.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
    await expect(frame.locator('.plot.curve-plot')).toHaveAttribute('data-window', '-3,7');
  }
  // Stepped apart (the large η diverging far outside), they still share it.
  for (const id of ids) {
    const frame = page.frameLocator(`#${id}`);
    for (let n = 1; n <= 4; n++) {
      await frame.getByRole('button', { name: 'Step', exact: true }).click();
      await expect(frame.locator('[data-quantity="step"]')).toHaveAttribute('data-value', String(n));
    }
  }
  const windows = await Promise.all(ids.map((id) => page.frameLocator(`#${id}`).locator('.plot.curve-plot').getAttribute('data-window')));
  expect(windows).toEqual(['-3,7', '-3,7', '-3,7']);
  await page.screenshot({ path: `${SHOTS}/course-shared-window.png`, fullPage: true });
});

test('the E chart’s lin/log switch switches the scale, and it stays through Play, Pause and Reset', async ({ page }) => {
  await page.goto('/?preset=bowl&eta=0.02&speed=200');
  const chart = page.locator('.plot.error-chart');
  const toggle = page.getByRole('button', { name: 'log scale for E' });
  await expect(toggle).toBeVisible();
  await expect(chart).toHaveAttribute('data-scale', 'linear');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // Linear, E falling through decades: never switches by itself.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.keyboard.press('Space');
  await expect.poll(async () => readout(page, 'step'), { timeout: 15_000 }).toBeGreaterThan(40);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  expect(await readout(page, 'E')).toBeLessThan(0.339);
  await expect(chart).toHaveAttribute('data-scale', 'linear');
  // The reader switches: log, and it stays.
  await toggle.click();
  await expect(chart).toHaveAttribute('data-scale', 'log');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('error-chart')).toContainText('E (log scale)');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '0');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '2');
  await expect(chart).toHaveAttribute('data-scale', 'log');
  await page.screenshot({ path: `${SHOTS}/error-chart-log.png` });
  // And back.
  await toggle.click();
  await expect(chart).toHaveAttribute('data-scale', 'linear');
});

test('the curve’s Fit button frames the run, letting go of a link’s window', async ({ page }) => {
  await page.goto('/?preset=bowl&window=20,30');
  const plot = page.locator('.plot.curve-plot');
  await expect(plot).toHaveAttribute('data-window', '20,30');
  const fit = page.getByRole('button', { name: 'Fit the plot to the run' });
  await expect(fit).toBeVisible();
  await fit.click();
  await expect(plot).not.toHaveAttribute('data-window', '20,30');
  const [lo, hi] = (await plot.getAttribute('data-window'))!.split(',').map(Number);
  // The start (w = −1) and the bowl's bottom (w ≈ 2.007) are in view.
  expect(lo).toBeLessThan(-1);
  expect(hi).toBeGreaterThan(2.007);
});
