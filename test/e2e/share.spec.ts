/**
 * Sharing in Chromium: Copy link gives the whole state, and opening it in a new
 * page shows identical readouts; where the clipboard is refused the link is
 * shown in a dialog instead; Copy embed code gives an iframe with embed=1.
 */
import { expect, readout, test, openMenu } from './fixtures';
import type { Page } from '@playwright/test';

/** Every readout on the page: quantity (and record) → data-value. */
async function readouts(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-quantity]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [`${e.getAttribute('data-quantity')}#${e.getAttribute('data-record') ?? ''}`, e.getAttribute('data-value') ?? ''])),
  );
}

test('Copy link → open in a new page → identical readouts, view and theme', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?preset=small-batch');
  // A state worth sharing: tanh, η changed, stochastic, 7 steps, contour view, dark theme.
  await page.getByLabel('activation f').selectOption('tanh');
  await page.getByLabel('descent mode').selectOption('stochastic');
  await page.getByLabel('learning rate η', { exact: true }).fill('0.7');
  await page.getByLabel('learning rate η', { exact: true }).press('Enter');
  await page.getByLabel('view', { exact: true }).selectOption('contour');
  await openMenu(page);
  await page.getByLabel('theme').selectOption('dark');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  expect(await readout(page, 'step')).toBe(7);
  const before = await readouts(page);

  await openMenu(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('notice').last()).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#/);

  const other = await context.newPage();
  await other.goto(link);
  expect(await readout(other, 'step')).toBe(7);
  expect(await readouts(other)).toEqual(before);
  await expect(other.getByTestId('contour-plot')).toBeVisible();
  expect(await other.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect(other.getByTestId('notice')).toHaveCount(0);
});

test('without clipboard access the link is shown selected in a dialog', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto('/?preset=bowl&steps=2');
  await openMenu(page);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const text = page.getByTestId('share-text');
  await expect(text).toBeVisible();
  const code = await text.inputValue();
  expect(code).toMatch(/^<iframe src="[^"]+embed=1[^"]*" title="Error Bowl/);
  expect(code).toContain('steps=2');
});
