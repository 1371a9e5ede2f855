/**
 * The end-to-end checks: a known problem read from the URL, its readouts
 * against values computed here from the seed's formulas, Step, Play, divergence,
 * dragging the marker, bad input.
 */
import { expect, expectNoNonFinite, readout, readoutText, test } from './fixtures';

// ?act=tanh&x=0.3,-1.2&y=0.4&w=0.8,0.1&eta=0.2, by hand: h = Σ wᵢxᵢ, ŷ = tanh h,
// δ = (y − ŷ)(1 − ŷ²), ∂E/∂wᵢ = −δ xᵢ, Δwᵢ = η δ xᵢ.
const x = [0.3, -1.2];
const y = 0.4;
const w = [0.8, 0.1];
const eta = 0.2;
function byHand(weights: number[]) {
  const h = weights[0] * x[0] + weights[1] * x[1];
  const yHat = Math.tanh(h);
  const fPrime = 1 - yHat * yHat;
  const delta = (y - yHat) * fPrime;
  return { h, yHat, error: y - yHat, fPrime, delta, E: 0.5 * (y - yHat) ** 2, dw: x.map((xi) => eta * delta * xi) };
}
const URL_TANH = '/?act=tanh&x=0.3,-1.2&y=0.4&w=0.8,0.1&eta=0.2';

test('a problem from the URL shows the pending step the seed derives', async ({ page }) => {
  await page.goto(URL_TANH);
  const want = byHand(w);
  expect(await readout(page, 'step')).toBe(0);
  expect(await readout(page, 'eta')).toBeCloseTo(eta, 12);
  expect(await readout(page, 'w.1')).toBeCloseTo(w[0], 12);
  expect(await readout(page, 'w.2')).toBeCloseTo(w[1], 12);
  expect(await readout(page, 'h', 1)).toBeCloseTo(want.h, 12);
  expect(await readout(page, 'yhat', 1)).toBeCloseTo(want.yHat, 12);
  expect(await readout(page, 'error', 1)).toBeCloseTo(want.error, 12);
  expect(await readout(page, 'fprime', 1)).toBeCloseTo(want.fPrime, 12);
  expect(await readout(page, 'delta', 1)).toBeCloseTo(want.delta, 12);
  expect(await readout(page, 'E')).toBeCloseTo(want.E, 12);
  expect(await readout(page, 'grad.1')).toBeCloseTo(-want.delta * x[0], 12);
  expect(await readout(page, 'dw.1')).toBeCloseTo(want.dw[0], 12);
  expect(await readout(page, 'dw.2')).toBeCloseTo(want.dw[1], 12);
  expect(await readoutText(page, 'status')).toBe('running');
  await expect(page.getByRole('combobox', { name: 'activation f' })).toHaveValue('tanh');
});

test('Step applies Δw = η δ x and shows the next pending step', async ({ page }) => {
  await page.goto(URL_TANH);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  const first = byHand(w);
  const w1 = [w[0] + first.dw[0], w[1] + first.dw[1]];
  await expect(page.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '1');
  expect(await readout(page, 'w.1')).toBeCloseTo(w1[0], 12);
  expect(await readout(page, 'w.2')).toBeCloseTo(w1[1], 12);
  const second = byHand(w1);
  expect(await readout(page, 'dw.1')).toBeCloseTo(second.dw[0], 12);
  expect(await readout(page, 'E')).toBeCloseTo(second.E, 12);
  expect(second.E).toBeLessThan(first.E);
});

test('the → key steps and Space plays', async ({ page }) => {
  await page.goto(URL_TANH);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '1');
  await page.keyboard.press('.');
  await expect(page.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '2');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '0');
});

test('Play for a second advances the steps and E falls', async ({ page }) => {
  await page.goto(`${URL_TANH}&speed=20`);
  const E0 = await readout(page, 'E');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => readout(page, 'step'), { timeout: 15_000 }).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  expect(await readout(page, 'E')).toBeLessThan(E0);
});

test('an η that diverges stops the run, says so, and nothing non-finite appears', async ({ page }) => {
  await page.goto('/?preset=bowl&eta=0.5&speed=1000');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.locator('[data-quantity="status"]')).toHaveAttribute('data-value', 'diverged', { timeout: 10_000 });
  await expect(page.getByText(/too large for this bowl/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeDisabled();
  await expectNoNonFinite(page);
  await page.screenshot({ path: 'test-results/screenshots/diverged.png', fullPage: true });
  await page.getByRole('button', { name: 'Reset', exact: true }).first().click();
  await expect(page.locator('[data-quantity="status"]')).toHaveAttribute('data-value', 'running');
  await expect(page.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '0');
});

test('η far too large overflows without a NaN anywhere', async ({ page }) => {
  await page.goto('/?preset=bowl&eta=100&steps=50');
  await expect(page.locator('[data-quantity="status"]')).toHaveAttribute('data-value', 'diverged');
  await expectNoNonFinite(page);
});

test('dragging the marker changes the weight', async ({ page }) => {
  await page.goto('/?preset=bowl');
  const before = await readout(page, 'w.1');
  const marker = page.getByTestId('marker').locator('.marker-dot');
  const box = await marker.boundingBox();
  expect(box).not.toBeNull();
  const cx = box!.x + box!.width / 2;
  const cy = box!.y + box!.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 60, cy, { steps: 5 });
  await page.mouse.move(cx + 120, cy, { steps: 5 });
  await page.mouse.up();
  const after = await readout(page, 'w.1');
  expect(after).toBeGreaterThan(before + 0.1);
  expect(await readout(page, 'step')).toBe(0);
  // The readouts follow the new weight: h at record 1 is w·x₁ for the linear bowl (x₁ = 0.5).
  expect(await readout(page, 'h', 1)).toBeCloseTo(after * 0.5, 10);
});

test('an invalid parameter is named in a notice and the rest still loads', async ({ page }) => {
  await page.goto('/?act=tanh&eta=fast&w=0.3');
  await expect(page.getByTestId('notice').filter({ hasText: 'eta=fast' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'activation f' })).toHaveValue('tanh');
  expect(await readout(page, 'w.1')).toBeCloseTo(0.3, 12);
});

test('mismatched x and y keep the previous problem and say what was wrong', async ({ page }) => {
  await page.goto('/?x=1,2;3,4&y=1');
  await expect(page.getByTestId('notice').filter({ hasText: /2 records but y has 1/ })).toBeVisible();
  // The default bowl is still there.
  expect(await readout(page, 'h', 4)).toBeCloseTo(-2, 12);
  await expect(page.getByRole('combobox', { name: 'problem' })).toHaveValue('bowl');
});

test('a two-output problem shows δ₁, δ₂ and every wᵢⱼ', async ({ page }) => {
  await page.goto('/?preset=two-outputs');
  for (const q of ['w.1.1', 'w.2.1', 'w.1.2', 'w.2.2', 'dw.1.1', 'dw.2.2']) expect(Number.isFinite(await readout(page, q))).toBe(true);
  expect(Number.isFinite(await readout(page, 'delta.1', 1))).toBe(true);
  expect(Number.isFinite(await readout(page, 'delta.2', 3))).toBe(true);
  await expect(page.getByRole('spinbutton', { name: 'w₂₁' })).toBeVisible();
});

test('the learning-rate field and the weight fields change the run', async ({ page }) => {
  await page.goto(URL_TANH);
  await page.getByRole('spinbutton', { name: 'learning rate η' }).fill('0.05');
  expect(await readout(page, 'eta')).toBeCloseTo(0.05, 12);
  expect(await readout(page, 'dw.1')).toBeCloseTo(byHand(w).dw[0] / 4, 12);
  await page.getByRole('spinbutton', { name: 'w₁' }).fill('0.5');
  await page.getByRole('spinbutton', { name: 'w₁' }).press('Enter');
  expect(await readout(page, 'w.1')).toBeCloseTo(0.5, 12);
  expect(await readout(page, 'h', 1)).toBeCloseTo(0.5 * 0.3 + 0.1 * -1.2, 12);
  await page.getByRole('spinbutton', { name: 'w₁' }).fill('');
  await page.getByRole('spinbutton', { name: 'w₁' }).press('Tab');
  await expect(page.getByTestId('notice').filter({ hasText: 'not a number' })).toBeVisible();
  expect(await readout(page, 'w.1')).toBeCloseTo(0.5, 12);
});

test('after a mouse click on Step, Space plays (the click gives focus back to the page)', async ({ page }) => {
  await page.goto(`${URL_TANH}&speed=2`);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '1');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('a saturated start is reported as stalled, not as the bottom of the bowl', async ({ page }) => {
  await page.goto('/?preset=plateau&w=-17');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.locator('[data-quantity="status"]')).toHaveAttribute('data-value', 'converged');
  await expect(page.getByText(/Stalled, not at the bottom/)).toBeVisible();
});

test('numbers so large that E overflows are refused with a notice and the bowl stays', async ({ page }) => {
  await page.goto('/?act=linear&x=1e200&y=1&w=1e200');
  await expect(page.getByTestId('notice').filter({ hasText: /overflows/ })).toBeVisible();
  expect(await readout(page, 'h', 4)).toBeCloseTo(-2, 12);
  await expectNoNonFinite(page);
});
