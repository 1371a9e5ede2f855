/**
 * Races in Chromium: six runs racing on the contour map draw six trajectories, six legend
 * rows and six lines on the E chart, each run in its own shape and dash; a click on the map
 * starts every run there; a runs= link round-trips through Copy link; a goal names the run
 * that reached it first.
 */
import { test, expect, openMenu, readout } from './fixtures';
import type { Page } from '@playwright/test';

const stepButton = (page: Page) => page.getByRole('button', { name: 'Step', exact: true });

/** Every run's step and E from the legend's readouts. */
async function runReadouts(page: Page, runs: number): Promise<{ step: number; E: number }[]> {
  const out = [];
  for (let n = 1; n <= runs; n++) out.push({ step: await readout(page, `run.${n}.step`), E: await readout(page, `run.${n}.E`) });
  return out;
}

test('a race of the six optimizers on the contour map: six trajectories, six legend rows, six E lines, six looks', async ({ page }) => {
  await page.goto('/#preset=round-bowl&view=contour');
  await page.getByRole('button', { name: 'Race the six optimizers' }).click();
  for (let n = 0; n < 10; n++) await stepButton(page).click();

  const map = page.getByTestId('contour-plot').locator('..');
  await expect(map.getByTestId('trajectory')).toHaveCount(1);
  await expect(map.getByTestId('race-trail')).toHaveCount(5);
  // Each racer's trail holds its 11 points (the start and 10 steps).
  for (const points of await map.getByTestId('race-trail').evaluateAll((els) => els.map((e) => e.getAttribute('data-points')))) expect(points).toBe('11');

  const legend = page.getByRole('region', { name: 'The race' });
  await expect(legend.locator('tbody tr')).toHaveCount(6);
  await expect(legend.locator('tbody tr td:nth-child(2)')).toHaveText(['gradient descent', 'momentum', 'Nesterov', 'AdaGrad', 'RMSProp', 'Adam']);
  const runs = await runReadouts(page, 6);
  expect(runs.map((r) => r.step)).toEqual([10, 10, 10, 10, 10, 10]);
  // Run 1 is the page's own run: its E is the E readout.
  expect(runs[0].E).toBe(await readout(page, 'E'));
  // Six different optimizers from one start end in six different places.
  expect(new Set(runs.map((r) => r.E)).size).toBe(6);

  const chart = page.getByTestId('error-chart').locator('..');
  await expect(chart.getByTestId('error-line')).toHaveCount(1);
  await expect(chart.getByTestId('race-trail')).toHaveCount(5);

  // Never colour alone: each racer has its own marker shape and its own dash.
  const shapes = await map.getByTestId('race-marker').evaluateAll((els) => els.map((e) => e.querySelector('path')?.getAttribute('d')));
  expect(new Set(shapes).size).toBe(5);
  const dashes = await map.getByTestId('race-trail').evaluateAll((els) => els.map((e) => e.getAttribute('stroke-dasharray')));
  expect(new Set(dashes).size).toBe(5);
  expect(dashes.every((d) => d !== null && d !== '')).toBe(true);
});

test('a click on the map starts every run of the race there', async ({ page }) => {
  await page.goto('/#preset=round-bowl&view=contour&runs=gd:0.1,momentum:0.05,adam:0.05&steps=8');
  expect((await runReadouts(page, 3)).map((r) => r.step)).toEqual([8, 8, 8]);
  const bg = page.getByTestId('contour-bg');
  const box = (await bg.boundingBox())!;
  await bg.click({ position: { x: box.width * 0.3, y: box.height * 0.3 } });
  const runs = await runReadouts(page, 3);
  expect(runs.map((r) => r.step)).toEqual([0, 0, 0]);
  expect(runs[1].E).toBe(runs[0].E);
  expect(runs[2].E).toBe(runs[0].E);
  // Every marker sits on the page's own point (both are placed by a translate in the same frame).
  const at = async (el: import('@playwright/test').Locator) => {
    const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec((await el.getAttribute('transform')) ?? '');
    expect(m).not.toBeNull();
    return [Number(m![1]), Number(m![2])];
  };
  const own = await at(page.getByTestId('contour-point'));
  const markers = page.getByTestId('contour-plot').locator('..').getByTestId('race-marker');
  await expect(markers).toHaveCount(2);
  for (const marker of await markers.all()) expect(await at(marker)).toEqual(own);
});

test('a runs= link round-trips through Copy link: every run at its step, with the same E', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#preset=round-bowl&view=contour&mode=stochastic&runs=gd:0.1,momentum:0.05,adam:0.01');
  for (let n = 0; n < 5; n++) await stepButton(page).click();
  const before = await runReadouts(page, 3);
  expect(before.map((r) => r.step)).toEqual([5, 5, 5]);
  await openMenu(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('notice').last()).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URLSearchParams(link.slice(link.indexOf('#') + 1)).get('runs')).toBe('gd:0.1,momentum:0.05,adam:0.01');
  const other = await context.newPage();
  await other.goto(link);
  expect(await runReadouts(other, 3)).toEqual(before);
  await expect(other.getByTestId('notice')).toHaveCount(0);
});

test('with a goal, the note names the run that reached it first, and that run is below the goal', async ({ page }) => {
  await page.goto('/#preset=round-bowl&view=contour&goal=0.5&runs=gd:0.1,gd:0.02,momentum:0.02');
  const note = page.getByTestId('race-note');
  await expect(note).toHaveText('The first run to reach E ≤ 0.5 wins.');
  for (let n = 0; n < 40 && !(await note.textContent())?.includes('first, at step'); n++) await stepButton(page).click();
  const text = (await note.textContent()) ?? '';
  const m = /^run (\d) \([^)]+\) reached E ≤ 0\.5 first, at step (\d+)\.$/.exec(text);
  expect(m, text).not.toBeNull();
  const winner = Number(m![1]);
  expect(await readout(page, `run.${winner}.E`)).toBeLessThanOrEqual(0.5);
  // The others had not reached it by that step: each is above the goal, or reached it later (its E is still shown).
  for (let n = 1; n <= 3; n++) if (n !== winner) expect(await readout(page, `run.${n}.E`)).toBeGreaterThan(0.5);
});
