/**
 * The sweep in Chromium: it runs in the worker with a progress bar, draws E after k steps for
 * each η (a ✗ where the run diverged, η_max marked for a linear unit), and a click sets η and
 * starts the run again; for momentum, the map over η and μ sets both.
 */
import { test, expect, readout } from './fixtures';

test('the η sweep appears, marks η_max and the divergence past it, and a click sets η', async ({ page }) => {
  await page.goto('/#preset=bowl');
  const etaMax = await readout(page, 'eta_max');
  await page.getByRole('button', { name: 'Run the sweep' }).click();
  const chart = page.getByTestId('sweep-chart');
  await expect(chart).toBeVisible({ timeout: 30_000 });
  const points = chart.getByTestId('sweep-point');
  await expect(points).toHaveCount(60);
  // A linear unit: no η below η_max diverges; the largest, 3 η_max, does (its step grows E ×4 each time).
  const runs = await points.evaluateAll((els) => els.map((e) => ({ eta: Number(e.getAttribute('data-eta')), status: e.getAttribute('data-status') })));
  for (const r of runs.filter((p) => p.eta < etaMax)) expect(r.status).not.toBe('diverged');
  expect(runs.at(-1)!.eta).toBeCloseTo(3 * etaMax, 4);
  expect(runs.at(-1)!.status).toBe('diverged');
  await expect(chart.locator('.sweep-etamax')).toContainText('η_max');
  // Click the left edge of the plot: the smallest η of the sweep, η_max / 300.
  const bg = chart.getByTestId('sweep-bg');
  await bg.click({ position: { x: 1, y: 10 } });
  const eta = await readout(page, 'eta');
  expect(eta).toBeCloseTo(etaMax / 300, 8);
  expect(await readout(page, 'step')).toBe(0);
});

test('the momentum map sets η and μ with a click', async ({ page }) => {
  await page.goto('/#preset=narrow-valley&opt=momentum&eta=0.02');
  await page.getByRole('button', { name: 'Run the sweep' }).click();
  const map = page.getByTestId('momentum-map');
  await expect(map).toBeVisible({ timeout: 30_000 });
  const cells = map.getByTestId('momentum-cell');
  await expect(cells).toHaveCount(30 * 8);
  // The first cell of the row μ = 0.5 (row 2, from the bottom): the smallest η.
  await cells.nth(30 * 1).click();
  await expect(page.getByLabel('optimizer', { exact: true })).toHaveValue('momentum');
  await expect(page.getByLabel('optimizer', { exact: true }).locator('option:checked')).toHaveText('momentum (μ = 0.5)');
  expect(await readout(page, 'step')).toBe(0);
});

test('steps each past the limit is refused by name, and the sweep keeps its steps', async ({ page }) => {
  await page.goto('/#preset=bowl');
  const field = page.getByLabel('steps each run of the sweep takes');
  await field.fill('5000');
  await field.blur();
  await expect(page.getByTestId('sweep-steps-note')).toHaveText(/“5000” is not a number of steps \(a whole number from 1 to 1000\); the sweep keeps 50\./);
  await expect(field).toHaveValue('50');
  await field.fill('20');
  await page.getByRole('button', { name: 'Run the sweep' }).click();
  await expect(page.getByTestId('sweep-chart')).toHaveAttribute('aria-label', /^E after 20 steps/);
});
