/**
 * Saved settings in Chromium: edited data and settings survive a reload; a
 * corrupted saved value makes the app start clean and say so; Reset to defaults
 * clears them; the URL wins over them.
 */
import { expect, readout, test, openMenu } from './fixtures';

test('edit data → reload → the data and settings are still there; the URL wins; Reset to defaults clears them', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Paste CSV').fill('x,y\n1,2\n2,3\n3,5\n');
  await page.getByRole('button', { name: 'Load pasted data' }).click();
  await openMenu(page);
  await page.getByLabel('theme').selectOption('dark');
  // E = ½ Σ (y + x)² at w = −1: ½ (9 + 25 + 64) = 49.
  await expect(page.locator('[data-quantity="E"]')).toHaveAttribute('data-value', '49');
  // Saving waits 300 ms for changes to settle: wait until the data are saved.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('error-bowl:settings') ?? '')).toContain('theme=dark');
  await page.reload();
  await expect(page.locator('[data-quantity="E"]')).toHaveAttribute('data-value', '49');
  await expect(page.getByRole('spinbutton', { name: 'x₁ of record 3', exact: true })).toHaveValue('3');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect(page.getByTestId('notice')).toHaveCount(0);

  // The URL wins where it names something: the theme here; the saved data stay.
  await page.goto('/?theme=light');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await expect(page.locator('[data-quantity="E"]')).toHaveAttribute('data-value', '49');

  await openMenu(page);
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByTestId('notice').last()).toContainText('Reset to defaults');
  expect(await readout(page, 'E')).toBeCloseTo(33.935, 12); // the bowl's E by hand (seed test values)
  await expect.poll(() => page.evaluate(() => localStorage.getItem('error-bowl:settings'))).toBeNull();
  await page.goto('/');
  expect(await readout(page, 'E')).toBeCloseTo(33.935, 12);
  expect(await page.evaluate(() => localStorage.getItem('error-bowl:settings'))).toBeNull();
});

test('a corrupted saved state → the app starts clean and says so', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('error-bowl:settings', '{"state":{"params":"x=1;2&y=1;2;3&act=tanh"},"version":1}'));
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('saved settings were dropped');
  expect(await readout(page, 'E')).toBeCloseTo(33.935, 12);
  await expect(page.getByLabel('activation f')).toHaveValue('linear');
  await page.evaluate(() => localStorage.setItem('error-bowl:settings', '{not json'));
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('could not be read');
});
