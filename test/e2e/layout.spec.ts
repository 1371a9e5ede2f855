/**
 * The figure first: at common laptop and desktop sizes, in every view, the whole
 * plot (its axes, the point and the step arrow) and Step / Play / η are on the
 * first screen without scrolling, and the plot is the largest thing there.
 * Lecture mode (the projector theme) fills the screen with the plot under one
 * strip of large controls and numbers. Screenshots go to test-results/layout/.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** Each view on a problem that has it, with its point and (where it has one) its step arrow. */
const VIEWS = [
  { view: 'curve', url: '/#preset=bowl', point: '[data-testid="marker"] .marker-dot', arrow: '[data-testid="step-arrow"] line' },
  { view: 'contour', url: '/#preset=round-bowl&view=contour', point: '[data-testid="contour-point"] .marker-dot', arrow: '[data-testid="contour-step"]' },
  { view: 'surface', url: '/#preset=round-bowl&view=surface', point: '[data-testid="surface-point"]', arrow: '[data-testid="surface-step"]' },
] as const;

/** The element's box, asserting that it lies wholly inside the viewport (1 px of slack for rounding). */
async function expectOnScreen(page: Page, loc: Locator, what: string) {
  const vp = page.viewportSize()!;
  const box = await loc.boundingBox();
  expect(box, `${what} has a box`).not.toBeNull();
  const b = box!;
  expect(b.x, `${what} left`).toBeGreaterThanOrEqual(-1);
  expect(b.y, `${what} top`).toBeGreaterThanOrEqual(-1);
  expect(b.x + b.width, `${what} right`).toBeLessThanOrEqual(vp.width + 1);
  expect(b.y + b.height, `${what} bottom`).toBeLessThanOrEqual(vp.height + 1);
  return b;
}

/** Every element whose box is the plot's or a panel's, with its area. */
async function largestBlocks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.plot-slot > .plot, .side > *, .toolbar, header.top')].map((el) => {
      const r = el.getBoundingClientRect();
      const visibleH = Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0));
      return { cls: el.className, area: r.width * visibleH };
    }),
  );
}

for (const vp of VIEWPORTS) {
  for (const v of VIEWS) {
    test(`${vp.width}×${vp.height}, ${v.view}: the whole plot, its point and arrow, Step, Play and η are on the first screen`, async ({ page }) => {
      await page.setViewportSize(vp);
      await page.goto(v.url);
      const plot = page.locator('.plot-slot > .plot');
      await expect(plot).toBeVisible();
      await expect(page.locator(v.point)).toBeVisible();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const box = await expectOnScreen(page, plot, 'the plot');
      // Its axes are inside it: the SVG (or canvas) fills the plot's box, and nothing of it is cut.
      const svg = page.locator('.plot-slot svg[role="img"], .plot-slot canvas[data-testid="surface-plot"]').first();
      await expectOnScreen(page, svg, 'the drawing');
      await expectOnScreen(page, page.locator(v.point), 'the point');
      await expectOnScreen(page, page.locator(v.arrow), 'the step arrow');
      for (const name of ['Step', 'Play', 'Reset']) await expectOnScreen(page, page.getByRole('button', { name, exact: true }), name);
      await expectOnScreen(page, page.getByLabel('learning rate η', { exact: true }), 'the η field');
      // The plot is the largest thing on the first screen, and a good part of it.
      const blocks = await largestBlocks(page);
      const plotArea = box.width * box.height;
      for (const b of blocks) if (!b.cls.includes('plot')) expect(plotArea, `the plot beside ${b.cls}`).toBeGreaterThan(b.area);
      expect(plotArea).toBeGreaterThan(0.35 * vp.width * vp.height);
      await page.screenshot({ path: `test-results/layout/${vp.width}x${vp.height}-${v.view}.png` });
    });
  }
}

test('step-through at 1280×800: the plot and the part’s formulas are both in view, and Next / Back do not move the plot', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#preset=bowl');
  await page.getByLabel(/take each step apart/).check();
  const plot = page.locator('.plot-slot > .plot');
  const first = await expectOnScreen(page, plot, 'the plot');
  await expectOnScreen(page, page.getByTestId('stage-math'), 'the formulas');
  for (let part = 1; part < 5; part++) {
    await page.getByRole('button', { name: 'Next part' }).click();
    await expect(page.getByTestId('stage-now')).toContainText(`Part ${part + 1} of 5`);
    await expectOnScreen(page, page.getByTestId('stage-math'), `the formulas of part ${part + 1}`);
    expect(await plot.boundingBox(), `the plot at part ${part + 1}`).toEqual(first);
  }
  await page.getByRole('button', { name: 'Back a part' }).click();
  await expect(page.getByTestId('stage-now')).toContainText('Part 4 of 5');
  await page.screenshot({ path: 'test-results/layout/1280x800-step-through.png' });
});

for (const vp of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`lecture mode at ${vp.width}×${vp.height}: the plot fills the screen under one strip; ticks and key numbers are large`, async ({ page }) => {
    await page.setViewportSize(vp);
    await page.goto('/#preset=round-bowl&view=contour&theme=projector');
    const plot = page.locator('.plot-slot > .plot');
    await expect(page.getByTestId('contour-point')).toBeVisible();
    const box = await expectOnScreen(page, plot, 'the plot');
    await expectOnScreen(page, page.getByTestId('contour-step'), 'the step arrow');
    for (const name of ['Step', 'Play', 'Reset']) await expectOnScreen(page, page.getByRole('button', { name, exact: true }), name);
    // The figure, not the page: no panels beside or below, and the plot takes most of the screen.
    await expect(page.locator('.side')).toBeHidden();
    expect(box.width * box.height).toBeGreaterThan(0.5 * vp.width * vp.height);
    // Legible from the back of a hall: ticks ≥ 2.5 % and key numbers ≥ 5 % of the window's height.
    const tickPx = await page.locator('.plot-slot .tick-label').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const numbers = page.locator('.key-number dd');
    await expect(numbers).toHaveCount(7);
    const numberPx = await numbers.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(tickPx).toBeGreaterThanOrEqual(0.025 * vp.height);
    expect(numberPx).toBeGreaterThanOrEqual(0.05 * vp.height);
    // The key numbers are the run's: E as the readout has it.
    const e = Number(await page.locator('[data-quantity="E"]').getAttribute('data-value'));
    await expect(page.locator('.key-number').filter({ hasText: /^E/ }).locator('dd')).toHaveText(new RegExp(`^${e.toPrecision(4).replace('.', '\\.')}`));
    await page.screenshot({ path: `test-results/layout/lecture-${vp.width}x${vp.height}.png` });
  });
}

test('lecture mode: b blanks the screen and brings it back; PageDown steps', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#preset=bowl&theme=projector');
  await expect(page.getByTestId('marker')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.blank-screen')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.blank-screen')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(page.locator('[data-quantity="step"]:not([data-record])')).toHaveAttribute('data-value', '1');
});

test('embedded at 320 px wide, the plot is at least 200 px tall and the view menus are hidden', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await page.goto('/#preset=round-bowl&view=contour&embed=1');
  const plot = page.locator('.plot-slot .plot-area');
  await expect(page.getByTestId('contour-point')).toBeVisible();
  const box = (await plot.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(200);
  await expect(page.getByLabel('view', { exact: true })).toBeHidden();
  await page.screenshot({ path: 'test-results/layout/embed-320.png' });
});

test('fullscreen (f) shows the figure, not the page; hovering the point names it and its value', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#preset=bowl');
  await expect(page.getByTestId('marker')).toBeVisible();
  // The point's tooltip: by hand, the bowl starts at w₁ = −1 with E = 33.935.
  await expect(page.locator('[data-testid="marker"] title')).toHaveText('the weights now: w₁ = −1, E = 33.94');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? '')).toBe('hero');
  // The figure fills the screen: the fullscreen element is the first screen (bars and plot), the size of the window.
  const filled = await page.evaluate(() => {
    const r = document.fullscreenElement!.getBoundingClientRect();
    return Math.abs(r.width - innerWidth) <= 1 && Math.abs(r.height - innerHeight) <= 1 && !!document.fullscreenElement!.querySelector('.plot-slot .plot');
  });
  expect(filled).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});
