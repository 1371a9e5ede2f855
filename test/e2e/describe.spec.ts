/**
 * Described figures in Chromium: the plot's description names the new E after Step and where
 * the bottom lies; a polite live region says each Step and, while playing, at most one progress
 * line every 5 s; the run is there as a table; the point's value text names E and the slope.
 */
import { test, expect, readout } from './fixtures';

test('the contour map’s description names where the bottom lies, and the new E after Step', async ({ page }) => {
  await page.goto('/#preset=round-bowl&view=contour');
  const plot = page.getByTestId('contour-plot');
  await expect(plot).toHaveAttribute('aria-label', /bottom of the bowl near the start is at about \(/);
  const before = await plot.getAttribute('aria-label');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(plot).not.toHaveAttribute('aria-label', before ?? '');
  // The E it names is the readout's, to the 4 significant digits it prints.
  const named = Number(/E = ([\d.e−-]+)/.exec((await plot.getAttribute('aria-label')) ?? '')![1].replace('−', '-'));
  const E = await readout(page, 'E');
  expect(Math.abs(named - E) / E).toBeLessThan(1e-3);
});

test('the curve’s description names its lowest point in view', async ({ page }) => {
  await page.goto('/#preset=bowl');
  await expect(page.getByTestId('curve-plot')).toHaveAttribute('aria-label', /lowest point in view is near w₁ = 2/);
});

test('the live region says each Step, and while playing at most one progress line in 5 s', async ({ page }) => {
  await page.goto('/#preset=cars&mode=stochastic&speed=200');
  const live = page.getByTestId('run-announcer');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(live).toContainText('At step 1: E = ');
  const changes = await page.evaluate(async () => {
    const el = document.querySelector('[data-testid="run-announcer"]')!;
    let n = 0;
    const mo = new MutationObserver(() => n++);
    mo.observe(el, { childList: true, characterData: true, subtree: true });
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Play')!.click();
    await new Promise((r) => setTimeout(r, 4500));
    const first = n;
    await new Promise((r) => setTimeout(r, 2000));
    mo.disconnect();
    return { first, total: n };
  });
  // "Playing from step 1." at once, then nothing for 5 s, then at most one progress line.
  expect(changes.first).toBe(1);
  expect(changes.total).toBeLessThanOrEqual(2);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(live).toContainText('Paused at step');
});

test('the run as a table: a row per step with E and the weights', async ({ page }) => {
  await page.goto('/#preset=round-bowl&steps=6');
  await page.getByText('The run as a table (step, E, weights)').click();
  const rows = page.getByTestId('history-table').locator('tbody tr');
  await expect(rows).toHaveCount(7);
  await expect(rows.last().locator('th')).toHaveText('6');
  const E = await readout(page, 'E');
  const shown = Number((await rows.last().locator('td').first().textContent())?.replace('−', '-'));
  expect(Math.abs(shown - E) / E).toBeLessThan(1e-3);
});

test('the focused point says its weights, E and the next step’s gradient as it moves', async ({ page }) => {
  await page.goto('/#preset=round-bowl&view=contour');
  const point = page.getByTestId('contour-point');
  await point.focus();
  await page.keyboard.press('ArrowRight');
  await expect(point).toHaveAttribute('aria-valuetext', /^w₁ = [−\d.]+, w₂ = [−\d.]+, E = [\d.e−]+, the next step’s gradient \(∂E\/∂w₁, ∂E\/∂w₂\) = \(/);
  expect(await readout(page, 'step')).toBe(0);
});

test('in step-through the live region does not name the next step before its gradient part', async ({ page }) => {
  await page.goto('/#preset=bowl');
  await page.getByLabel('take each step apart (step-through)').check();
  // Through the five parts; the last takes the step and the next update starts again at its first part.
  for (let n = 0; n < 4; n++) await page.getByRole('button', { name: 'Next part' }).click();
  await page.getByRole('button', { name: 'Take the step' }).click();
  const live = page.getByTestId('run-announcer');
  await expect(live).toContainText('At step 1: E = ');
  await expect(live).not.toContainText('next Δ');
});
