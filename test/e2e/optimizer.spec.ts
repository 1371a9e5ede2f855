/**
 * Optimizers in Chromium: a link opens Adam, Step applies the pending Δw the
 * readouts showed, Adam's state appears as readouts m.1 and v.1, the math panel
 * writes Adam's update, and the optimizer menu switches back to plain descent.
 */
import { expect, readout, test } from './fixtures';

test('opt=adam: the first step moves w₁ by η·sign(g) (Adam’s first step), m.1 and v.1 follow, the menu goes back to gd', async ({ page }) => {
  await page.goto('/#preset=bowl&opt=adam&eta=0.1');
  await expect(page.getByTestId('marker')).toBeVisible();
  // By hand on the bowl at w = −1: g = −22.55, so Adam's first step is −η·g/(|g| + ε) ≈ +0.1.
  expect(await readout(page, 'dw.1')).toBeCloseTo(0.1, 8);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.locator('[data-quantity="step"]:not([data-record])')).toHaveAttribute('data-value', '1');
  expect(await readout(page, 'w.1')).toBeCloseTo(-0.9, 8);
  // After one step: m = (1 − β₁) g = −2.255, v = (1 − β₂) g² = 0.001 · 22.55².
  expect(await readout(page, 'm.1')).toBeCloseTo(-2.255, 10);
  expect(await readout(page, 'v.1')).toBeCloseTo(0.001 * 22.55 ** 2, 10);
  await expect(page.locator('[data-line="opt-state"]')).toHaveCount(1);
  await page.getByLabel('optimizer').selectOption('gd');
  await expect(page.locator('[data-quantity="m.1"]')).toHaveCount(0);
  await expect(page.locator('[data-line="opt-state"]')).toHaveCount(0);
});
