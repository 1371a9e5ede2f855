/**
 * Shared end-to-end fixtures: every test fails if the page logs a console error
 * or throws, and helpers read the readout contract (data-quantity / data-value).
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** The full-precision value of readout `quantity` (and record μ, when given). */
export async function readout(page: Page, quantity: string, record?: number): Promise<number> {
  const sel = record === undefined ? `[data-quantity="${quantity}"]:not([data-record])` : `[data-quantity="${quantity}"][data-record="${record}"]`;
  const loc = page.locator(sel);
  await expect(loc).toHaveCount(1);
  const v = await loc.getAttribute('data-value');
  expect(v, `data-value of ${quantity}`).not.toBeNull();
  expect(v).not.toBe('');
  return Number(v);
}

/** The text of readout `quantity` (for words such as the status). */
export async function readoutText(page: Page, quantity: string): Promise<string> {
  return (await page.locator(`[data-quantity="${quantity}"]`).getAttribute('data-value')) ?? '';
}

/** Fails when any visible text or readout on the page says NaN or Infinity. */
export async function expectNoNonFinite(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/NaN|Infinity/);
  const values = await page.locator('[data-value]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? ''));
  for (const v of values) expect(v).not.toMatch(/NaN|Infinity/);
  const svg = await page.locator('svg').evaluateAll((els) => els.map((e) => e.outerHTML).join(''));
  expect(svg).not.toMatch(/NaN|Infinity/);
}

/** Opens the page menu (theme, Copy link, Copy embed code, Reset to defaults, Shortcuts, Fullscreen). */
export async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Menu' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}
