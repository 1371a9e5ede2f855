/**
 * Sound in Chromium, off by default: `s` (or the button) plays the curve as a gliding tone and
 * stops it; `m` turns on a tone for each step. Counted through the page's own WebAudio calls.
 */
import { test, expect } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __sound: { contexts: number; oscillators: string[] } };
    w.__sound = { contexts: 0, oscillators: [] };
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      constructor(...args: ConstructorParameters<typeof AudioContext>) {
        super(...args);
        w.__sound.contexts++;
      }
      createOscillator() {
        const o = super.createOscillator();
        const start = o.start.bind(o);
        o.start = (when?: number) => {
          w.__sound.oscillators.push(o.type);
          start(when);
        };
        return o;
      }
    } as typeof AudioContext;
  });
});

const sound = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __sound: { contexts: number; oscillators: string[] } }).__sound);

test('no sound until asked: s plays the curve (a sine and the buzz for E past the axis) and stops it', async ({ page }) => {
  await page.goto('/#preset=bowl');
  for (let n = 0; n < 3; n++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  expect(await sound(page)).toEqual({ contexts: 0, oscillators: [] });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('s');
  await expect(page.getByRole('button', { name: 'Stop the sound' })).toBeVisible();
  expect((await sound(page)).oscillators.sort()).toEqual(['sine', 'square']);
  await page.keyboard.press('s');
  await expect(page.getByRole('button', { name: 'Listen to the curve' })).toBeVisible();
});

test('m turns on a tone for each step; the button and the volume are there', async ({ page }) => {
  await page.goto('/#preset=bowl');
  await expect(page.getByTestId('curve-plot')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('m');
  await expect(page.getByLabel('a tone for each step')).toBeChecked();
  for (let n = 0; n < 3; n++) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForTimeout(120);
  }
  expect((await sound(page)).oscillators.filter((t) => t === 'triangle').length).toBe(3);
  await expect(page.getByLabel('sound volume')).toBeVisible();
  await page.keyboard.press('m');
  await expect(page.getByLabel('a tone for each step')).not.toBeChecked();
});
