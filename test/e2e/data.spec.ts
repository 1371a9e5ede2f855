/**
 * The data editor in real Chromium: a CSV file through the file input, a paste,
 * a bad file that leaves everything as it was, an edit of a cell, the export
 * download, and standardizing the cars data set, which makes the run converge in
 * far fewer steps. E is checked against ½ Σ_μ (y − ŷ)² computed here by hand.
 */
import { readFile } from 'node:fs/promises';
import { expect, expectNoNonFinite, readout, readoutText, test } from './fixtures';

const SHOTS = 'test-results/screenshots';

/** A CSV file for setInputFiles. */
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/** ½ Σ_μ (y − w x)² for a linear unit with one weight and no bias (the seed's E). */
const sse1 = (w: number, xs: number[], ys: number[]) => xs.reduce((s, x, mu) => s + (ys[mu] - w * x) ** 2, 0) / 2;

test('importing a CSV file through the file input replaces the records, and E is the hand value', async ({ page }) => {
  await page.goto('/');
  // The bowl: w = −1, so E = ½ Σ (y + x)².
  expect(await readout(page, 'E')).toBeCloseTo(sse1(-1, [0.5, 1, 1.5, 2], [1.1, 1.9, 3.2, 3.9]), 12);
  await page.getByLabel('Import CSV file').setInputFiles(csvFile('three.csv', 'x,y\n1,2\n2,3\n3,5\n'));
  await expect(page.getByRole('status').filter({ hasText: 'Read 3 records' })).toContainText(
    'Read 3 records: 1 input, 1 target; first row taken as a header: x, y.',
  );
  // Same shape, so w stays −1: E = ½ ((2 + 1)² + (3 + 2)² + (5 + 3)²) = ½ (9 + 25 + 64) = 49.
  await expect(page.locator('[data-quantity="E"]')).toHaveAttribute('data-value', '49');
  expect(await readout(page, 'h', 3)).toBeCloseTo(-3, 12);
  await expect(page.getByRole('spinbutton', { name: 'x₁ of record 3', exact: true })).toHaveValue('3');
  await expect(page.getByRole('spinbutton', { name: 'x₁ of record 4', exact: true })).toHaveCount(0);
  await expectNoNonFinite(page);
});

test('pasting CSV loads it; a cell edit updates E; keys typed in the paste box are not shortcuts', async ({ page }) => {
  await page.goto('/');
  const paste = page.getByLabel('Paste CSV');
  await paste.click();
  // Typed in the box, r, →, Space and p must not reset, step, play or switch the theme.
  await page.keyboard.type('p');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await readout(page, 'step')).toBe(0);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  await paste.fill('a,b,y\n1,0,1\n0,1,2\n');
  await page.getByRole('button', { name: 'Load pasted data' }).click();
  // Two inputs now, weights start at 0: ŷ = 0 and E = ½ (1² + 2²) = 2.5.
  await expect(page.locator('[data-quantity="E"]')).toHaveAttribute('data-value', '2.5');
  await expect(page.locator('.data-table thead')).toContainText('a');
  await expect(page.getByRole('spinbutton', { name: 'w₂' })).toBeVisible();

  const y1 = page.getByRole('spinbutton', { name: 'y of record 1', exact: true });
  await y1.fill('3');
  await y1.press('Enter');
  // E = ½ (3² + 2²) = 6.5.
  await expect(page.locator('[data-quantity="E"]')).toHaveAttribute('data-value', '6.5');
  await page.screenshot({ path: `${SHOTS}/data-editor-pasted.png`, fullPage: true });
});

test('a bad file leaves the previous data and E, and names the row and column', async ({ page }) => {
  await page.goto('/');
  const E0 = await readout(page, 'E');
  const input = page.getByLabel('Import CSV file');
  await input.setInputFiles(csvFile('bad.csv', 'x,y\n1,2\n3,abc\n'));
  await expect(page.getByRole('alert').filter({ hasText: 'Row 3' })).toContainText('Row 3, column 2: "abc" is not a number.');
  expect(await readout(page, 'E')).toBe(E0);
  await expect(page.getByRole('spinbutton', { name: 'x₁ of record 4', exact: true })).toHaveValue('2');
  // The input was cleared, so the fixed file can be chosen again.
  expect(await input.evaluate((el) => (el as HTMLInputElement).value)).toBe('');
  await input.setInputFiles(csvFile('bad.csv', 'x,y\n1,2\n3,4\n'));
  // w = −1: E = ½ ((2 + 1)² + (4 + 3)²) = ½ (9 + 49) = 29.
  await expect(page.locator('[data-quantity="E"]')).toHaveAttribute('data-value', '29');
});

test('Export CSV downloads data.csv holding the records as given', async ({ page }) => {
  await page.goto('/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('data.csv');
  const path = await download.path();
  expect(await readFile(path, 'utf8')).toBe('x1,y1\n0.5,1.1\n1,1.9\n1.5,3.2\n2,3.9\n');
});

test('cars: standardizing the inputs makes the run converge in far fewer steps', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?preset=cars&speed=1000&view=curve');
  await expect(page.getByText('Records 1–50 of 398')).toBeVisible();
  const converge = async () => {
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.locator('[data-quantity="status"]')).toHaveAttribute('data-value', 'converged', { timeout: 30_000 });
    return readout(page, 'step');
  };
  const raw = await converge();
  const box = page.getByRole('checkbox', { name: 'standardize inputs' });
  await box.check();
  await expect(box).toBeChecked();
  expect(await readout(page, 'step')).toBe(0);
  expect(await readoutText(page, 'status')).toBe('running');
  const standardized = await converge();
  test.info().annotations.push({ type: 'steps to converge', description: `${raw} raw, ${standardized} standardized` });
  expect(raw).toBeGreaterThan(500);
  expect(standardized).toBeLessThan(raw / 5);
  // The table still shows the weights as given (3.504 thousand lb for the first car).
  await expect(page.getByRole('spinbutton', { name: 'x₁ of record 1', exact: true })).toHaveValue('3.504');
  await expectNoNonFinite(page);
  await page.locator('.data-editor').screenshot({ path: `${SHOTS}/data-editor-cars.png` });
});
