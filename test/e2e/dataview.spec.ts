/**
 * The data view in Chromium: the records and the model's curve (one input) or its map and
 * decision boundary (two inputs) beside the weights' view, moving with each Step while the
 * records stay; hovering a record picks it in the records table and the math panel, and the reverse.
 */
import { test, expect, readout } from './fixtures';

test('one input: the records, the model ŷ = f(w₁x) and the errors; Step moves the model, not the records', async ({ page }) => {
  await page.goto('/#preset=bowl&view=data');
  const plot = page.getByTestId('data-plot');
  await expect(plot).toHaveAttribute('data-kind', 'curve');
  // The weights' view is beside it.
  await expect(page.getByTestId('curve-plot')).toBeVisible();
  const records = plot.getByTestId('data-record');
  const N = await records.count();
  expect(N).toBeGreaterThan(1);
  const model = plot.getByTestId('data-model');
  const errors = plot.getByTestId('data-errors');
  const before = { model: await model.getAttribute('d'), errors: await errors.getAttribute('d'), at: await records.first().getAttribute('transform') };
  expect(before.model).toMatch(/^M[\d.-]+,[\d.-]+L/);
  // One error segment per record: an M … V … pair each.
  expect((before.errors ?? '').match(/M/g)?.length).toBe(N);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  expect(await readout(page, 'step')).toBe(1);
  await expect(model).not.toHaveAttribute('d', before.model!);
  await expect(errors).not.toHaveAttribute('d', before.errors!);
  await expect(records.first()).toHaveAttribute('transform', before.at!);
});

test('two inputs (iris): a shaded map with the decision boundary ŷ = 0.5, which moves with the run', async ({ page }) => {
  await page.goto('/#preset=iris&view=data&std=1');
  const plot = page.getByTestId('data-plot');
  await expect(plot).toHaveAttribute('data-kind', 'plane');
  await expect(page.getByTestId('contour-plot')).toBeVisible();
  const boundary = plot.getByTestId('data-boundary');
  const before = await boundary.getAttribute('d');
  for (let n = 0; n < 5; n++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(boundary).not.toHaveAttribute('d', before ?? '');
  expect(await boundary.getAttribute('d')).toMatch(/^M[\d.-]+,[\d.-]+L/);
});

test('hovering a record picks it in the records table and the math panel, and hovering a row picks the record', async ({ page }) => {
  await page.goto('/#preset=small-batch&view=data');
  const plot = page.getByTestId('data-plot');
  await plot.locator('[data-testid="data-record"][data-record="3"]').hover();
  await expect(page.locator('tr[data-row="3"]')).toHaveClass(/picked/);
  await expect(page.getByLabel('record μ')).toHaveValue('3');
  await page.locator('tr[data-row="2"]').hover();
  await expect(plot.locator('[data-testid="data-record"][data-record="2"]').first()).toHaveClass(/picked/);
  await expect(plot.locator('[data-testid="data-record"][data-record="3"]').first()).not.toHaveClass(/picked/);
});
