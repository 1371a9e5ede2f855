/**
 * Challenges in Chromium: a link's goal and step budget are stated above the plot; Play stops at the
 * step where E first goes below the goal (derived here by hand, not read from the app) and the page says
 * Met; a budget used says Missed; Try again goes back to step 0 keeping the challenge; the bar takes one
 * line and the plot still fits the first screen; "Copy as a challenge" gives a link that opens one.
 */
import type { Page } from '@playwright/test';
import { expect, openMenu, readout, test } from './fixtures';

const X = [0.5, 1, 1.5, 2];
const Y = [1.1, 1.9, 3.2, 3.9];
/** The bowl's E(w) = ½ Σ (y − w x)². */
const bowlE = (w: number) => 0.5 * X.reduce((sum, x, mu) => sum + (Y[mu] - w * x) ** 2, 0);

/** The first step with E < goal on the bowl from w = −1 at η, by w ← w + η (15.05 − 7.5 w). */
function firstBelow(goal: number, eta: number): { step: number; E: number } {
  let w = -1;
  for (let k = 1; k < 1000; k++) {
    w += eta * (15.05 - 7.5 * w);
    if (bowlE(w) < goal) return { step: k, E: bowlE(w) };
  }
  throw new Error('never below the goal');
}

const status = (page: Page) => page.getByTestId('challenge-status');

/** Expects the challenge bar on one line and the plot, Step and Play wholly on the first screen. */
async function expectOneLineAndPlotFits(page: Page) {
  const rows = await page.getByTestId('challenge-bar').evaluate((bar) =>
    [...bar.children].filter((c) => (c as HTMLElement).offsetHeight > 0).map((c) => c.getBoundingClientRect()),
  );
  expect(rows.length).toBeGreaterThanOrEqual(2);
  // One line: every visible part of the bar overlaps the first part vertically.
  for (const r of rows) expect(r.top, 'a part of the bar on a second line').toBeLessThan(rows[0].bottom);
  const vp = page.viewportSize()!;
  const bar = (await page.getByTestId('challenge-bar').boundingBox())!;
  const plot = (await page.locator('.plot-slot > .plot').boundingBox())!;
  expect(bar.y + bar.height).toBeLessThanOrEqual(plot.y + 1);
  expect(plot.y + plot.height).toBeLessThanOrEqual(vp.height + 1);
  for (const name of ['Step', 'Play']) {
    const b = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(b.y + b.height, name).toBeLessThanOrEqual(vp.height + 1);
  }
}

test('goal=1 within 20 at η = 0.1: Play stops at the first step below 1 and says Met; Try again starts over', async ({ page }) => {
  const expected = firstBelow(1, 0.1);
  expect(expected.step).toBe(2); // E₁ ≈ 2.154, E₂ ≈ 0.1673
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#preset=bowl&eta=0.1&goal=1&within=20');
  const bar = page.getByTestId('challenge-bar');
  await expect(bar).toContainText('Challenge: bring E below 1 within 20 steps');
  await expect(bar.locator('[data-quantity="goal"]')).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('challenge-count')).toHaveText('step 0 of 20');
  await expect(status(page)).toHaveAttribute('data-challenge', 'pending');
  await expect(page.locator('.notice')).toHaveCount(0);
  await expectOneLineAndPlotFits(page);
  await page.screenshot({ path: 'test-results/challenge/pending.png' });

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(status(page)).toContainText('Met');
  await expect(status(page)).toHaveAttribute('data-challenge', 'met');
  await expect(status(page)).toHaveText(`✓ Met: E = ${Number(expected.E.toPrecision(4))} < 1 at step ${expected.step}`);
  expect(await readout(page, 'step')).toBe(expected.step);
  expect(await readout(page, 'E')).toBeCloseTo(expected.E, 10);
  // The run paused there: the button reads Play again and the status word says so.
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.locator('[data-quantity="status"]')).toHaveText('paused');
  expect(await readout(page, 'step')).toBe(expected.step);
  await expectOneLineAndPlotFits(page);
  await page.screenshot({ path: 'test-results/challenge/met.png' });

  await bar.getByRole('button', { name: 'Try again' }).click();
  await expect(status(page)).toHaveAttribute('data-challenge', 'pending');
  expect(await readout(page, 'step')).toBe(0);
  expect(await readout(page, 'eta')).toBe(0.1);
  await expect(page.getByTestId('challenge-count')).toHaveText('step 0 of 20');
});

test('goal=0.01 within 5 at η = 0.01: five Steps and the page says Missed', async ({ page }) => {
  await page.goto('/#preset=bowl&eta=0.01&goal=0.01&within=5');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let k = 1; k <= 5; k++) {
    await expect(status(page)).toHaveAttribute('data-challenge', 'pending');
    await step.click();
    await expect.poll(() => readout(page, 'step')).toBe(k);
  }
  let w = -1;
  for (let k = 0; k < 5; k++) w += 0.01 * (15.05 - 7.5 * w);
  await expect(status(page)).toHaveAttribute('data-challenge', 'missed');
  await expect(status(page)).toHaveText(`✗ Missed: 5 steps and E = ${Number(bowlE(w).toPrecision(4))} is still above 0.01`);
});

test('lecture mode at 1280×720: the bar is one line of large type and the plot still fits', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#preset=bowl&eta=0.1&goal=1&within=20&theme=projector');
  await expect(page.getByTestId('challenge-bar')).toBeVisible();
  await expectOneLineAndPlotFits(page);
  const size = await page.locator('.challenge-goal').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(0.03 * 720);
  await page.screenshot({ path: 'test-results/challenge/lecture.png' });
});

test('Copy as a challenge gives a link that opens the problem with the goal this run reached', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#preset=bowl&eta=0.1');
  for (let k = 1; k <= 2; k++) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => readout(page, 'step')).toBe(k);
  }
  await openMenu(page);
  await page.getByRole('button', { name: 'Copy as a challenge' }).click();
  await expect(page.getByTestId('notice').last()).toContainText('Challenge link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // E₂ ≈ 0.16726 → the goal 0.17 (two digits, just above), within the 2 steps taken.
  expect(link).toContain('goal=0.17');
  expect(link).toContain('within=2');
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('challenge-bar')).toContainText('Challenge: bring E below 0.17 within 2 steps');
  expect(await readout(other, 'step')).toBe(0);
});
