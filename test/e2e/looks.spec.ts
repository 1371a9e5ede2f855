/**
 * Screenshots of the themes and a phone-width viewport, saved for a person to
 * look at (test-results/screenshots), with checks that the plot is drawn.
 */
import { expect, test } from './fixtures';

const SHOTS = 'test-results/screenshots';

test('the default page opens on a bowl with a caption', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.caption')).toContainText('Press Step');
  const d = await page.getByTestId('curve-path').getAttribute('d');
  expect(d && d.length).toBeGreaterThan(100);
  await expect(page.getByTestId('tangent')).toBeVisible();
  await expect(page.getByTestId('step-arrow')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/default.png`, fullPage: true });
});

test('the projector theme enlarges the type (p toggles it)', async ({ page }) => {
  await page.goto('/?preset=plateau');
  const small = await page.locator('html').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  const large = await page.locator('html').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(large).toBeGreaterThanOrEqual(small * 1.3);
  await page.screenshot({ path: `${SHOTS}/projector.png`, fullPage: true });
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a phone-width viewport has no horizontal page scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?preset=four-inputs&theme=dark');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/phone-dark.png`, fullPage: true });
});

test('the shortcut help opens with ? and closes with Escape or ? again', async ({ page }) => {
  await page.goto('/');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});
