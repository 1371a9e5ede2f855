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

test.describe('two fingers on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 800, height: 900 } });

  test('two fingers spreading over the contour map zoom it in (one finger still scrolls the page: touch.spec)', async ({ page }) => {
    await page.goto('/#preset=round-bowl&view=contour');
    const plot = page.locator('.contour-plot');
    const before = (await plot.getAttribute('data-window'))!.split(',').map(Number);
    const box = (await page.getByTestId('contour-bg').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const at = (d: number) => [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(20) });
    for (let d = 30; d <= 90; d += 10) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(d) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => (await plot.getAttribute('data-window'))!.split(',').map(Number)).not.toEqual(before);
    const after = (await plot.getAttribute('data-window'))!.split(',').map(Number);
    // Zoomed in: a narrower window across.
    expect(after[1] - after[0]).toBeLessThan(before[1] - before[0]);
  });
});
