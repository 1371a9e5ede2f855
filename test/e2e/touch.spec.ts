/**
 * Touch: a plot never traps the page's scrolling. A one-finger swipe over an
 * embedded contour map or 3-D bowl scrolls the host page (zoom and turn are
 * buttons on touch screens), while a finger can still drag the point.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ hasTouch: true, viewport: { width: 390, height: 700 } });

/** A one-finger vertical swipe from (x, y0) to (x, y1), as a touch screen sends it. */
async function swipe(cdp: CDPSession, x: number, y0: number, y1: number) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  for (let n = 1; n <= 10; n++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + ((y1 - y0) * n) / 10 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/**
 * A host page: text, the app in an iframe sized by its resize messages (as README's host page and the
 * example course page do), and more text, taller than the window.
 */
async function host(page: Page, baseURL: string, hash: string) {
  await page.goto(`${baseURL}/examples/course.html`);
  await page.evaluate(
    ({ src }) => {
      document.body.innerHTML = `<div style="height:200px">Before the figure</div><iframe id="f" src="${src}" style="width:360px;height:300px;border:0"></iframe><div style="height:2000px">After</div>`;
      const frame = document.getElementById('f') as HTMLIFrameElement;
      addEventListener('message', (e) => {
        if (e.source === frame.contentWindow && e.data?.type === 'error-bowl:resize') frame.style.height = `${e.data.height}px`;
      });
    },
    { src: `${baseURL}/${hash}` },
  );
  // The frame has its app's height: the app itself never scrolls inside it.
  await expect.poll(() => page.locator('#f').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(400);
  return page.frameLocator('#f');
}

for (const v of [
  { view: 'contour', hash: '#preset=round-bowl&view=contour&embed=1', ready: '[data-testid="contour-point"]' },
  { view: 'surface', hash: '#preset=round-bowl&view=surface&embed=1', ready: '[data-testid="surface-point"]' },
]) {
  test(`a one-finger swipe over an embedded ${v.view} plot scrolls the host page`, async ({ page, baseURL }) => {
    const frame = await host(page, baseURL!, v.hash);
    await expect(frame.locator(v.ready)).toBeVisible();
    const area = (await frame.locator('.plot-area').boundingBox())!;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const cdp = await page.context().newCDPSession(page);
    // Swipe up over the middle of the plot (the finger moves up, the page scrolls down).
    const x = area.x + area.width / 2;
    await swipe(cdp, x, area.y + area.height * 0.7, area.y + area.height * 0.2);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(40);
  });
}

test('on a touch screen the contour map zooms with its buttons and hints speak of taps', async ({ page }) => {
  await page.goto('/#preset=round-bowl&view=contour');
  await expect(page.getByTestId('contour-point')).toBeVisible();
  await expect(page.locator('.plot-tools .hint')).toContainText('Tap to start there');
  const before = await page.locator('.contour-plot').getAttribute('data-window');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => page.locator('.contour-plot').getAttribute('data-window')).not.toBe(before);
});

test('on a phone the toolbar stays on screen while the plot is scrolled into view', async ({ page }) => {
  await page.goto('/#preset=bowl');
  await expect(page.getByTestId('marker')).toBeVisible();
  const toolbar = page.locator('.toolbar');
  const startTop = (await toolbar.boundingBox())!.y;
  expect(startTop).toBeGreaterThan(0);
  // Scroll until the toolbar's first place is off the top: it sticks at the top, the plot still in view.
  await page.evaluate((y) => window.scrollTo(0, y + 150), startTop);
  await expect.poll(async () => (await toolbar.boundingBox())!.y).toBeLessThan(2);
  const bar = (await toolbar.boundingBox())!;
  expect(bar.y).toBeGreaterThanOrEqual(-1);
  const plot = (await page.locator('.plot-slot > .plot').boundingBox())!;
  expect(plot.y + plot.height).toBeGreaterThan(bar.y + bar.height);
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeInViewport();
});
