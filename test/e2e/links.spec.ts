/**
 * Costly links in Chromium: the plot is drawn first, then the link's steps are
 * taken in slices with their progress shown, and the final step count is the
 * link's (long tasks while loading are a measurement: npm run bench:play reports them); a link past the cost limit is refused at once, with the limit
 * named; the user's Step takes over from the slices.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/** A link (fragment) of `n` two-input records with noisy targets (never converging), stochastic, taking `steps` steps. */
function costlyLink(n: number, steps: number): string {
  const x: string[] = [];
  const y: string[] = [];
  for (let i = 0; i < n; i++) {
    x.push(`${((i * 37) % 101) / 50 - 1},${((i * 53) % 97) / 48 - 1}`);
    y.push(String(((i * 29) % 89) / 89));
  }
  return `/#x=${x.join(';')}&y=${y.join(';')}&mode=stochastic&eta=0.01&steps=${steps}`;
}

interface Seen {
  plot?: number;
  progress?: number;
  /** The step readout's value when the plot was first seen. */
  stepAtPlot?: string | null;
  final?: number;
  longTasks: { start: number; duration: number }[];
}

/** Records, from the first byte of the page, when the plot, the progress and the final step count appear, and every long task. */
async function watch(page: Page, finalStep: number): Promise<void> {
  await page.addInitScript((final: string) => {
    const seen: Seen = { longTasks: [] };
    (window as unknown as { seen: Seen }).seen = seen;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const look = () => {
      const t = performance.now();
      const step = document.querySelector('[data-quantity="step"]:not([data-record])');
      if (seen.plot === undefined && document.querySelector('[data-testid="curve-plot"]')) {
        seen.plot = t;
        seen.stepAtPlot = step?.getAttribute('data-value');
      }
      if (seen.progress === undefined && document.querySelector('[data-testid="load-progress"]')) seen.progress = t;
      if (seen.final === undefined && step?.getAttribute('data-value') === final) seen.final = t;
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }, String(finalStep));
}

const seenIn = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);

/** Opens a link of 2,000 records × 2 weights × `steps` steps and waits for the final count; returns what was seen. */
async function openCostly(page: Page, steps: number): Promise<Seen> {
  await watch(page, steps);
  await page.goto(costlyLink(2000, steps));
  await expect(page.getByTestId('curve-plot')).toBeVisible();
  await expect.poll(async () => (await seenIn(page)).progress, { timeout: 10_000 }).toBeDefined();
  const step = page.locator('[data-quantity="step"]:not([data-record])');
  await expect(step).toHaveAttribute('data-value', String(steps), { timeout: 30_000 });
  await expect(page.getByTestId('load-progress')).toHaveCount(0);
  return seenIn(page);
}

test('a large costly link shows the plot first, then its progress, then the final step count', async ({ page }) => {
  // 2,000 records × 2 weights × 20,000 steps: 80,000,000, within the limit; seconds of stepping.
  const seen = await openCostly(page, 20_000);
  // The plot was drawn at step 0, before the progress, which came before the end.
  expect(seen.stepAtPlot).toBe('0');
  expect(seen.plot!).toBeLessThanOrEqual(seen.progress!);
  expect(seen.progress!).toBeLessThan(seen.final!);
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('a link past the cost limit is refused at once with a notice naming the limit', async ({ page }) => {
  const t0 = Date.now();
  await page.goto(costlyLink(2000, 100_000));
  const notice = page.getByTestId('notice').filter({ hasText: 'steps=100000' });
  await expect(notice).toContainText('100,000,000');
  await expect(notice).toContainText('records × weights × steps');
  expect(Date.now() - t0).toBeLessThan(10_000);
  await expect(page.locator('[data-quantity="step"]:not([data-record])')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('load-progress')).toHaveCount(0);
});

test('pressing Step while a link’s steps are taken stops them: the run is the user’s', async ({ page }) => {
  await page.goto(costlyLink(2000, 25_000));
  const progress = page.getByTestId('load-progress');
  await expect(progress).toBeVisible();
  // In one turn of the page's event loop: the slices are still going (the progress shows), and
  // the user presses Step — so the click lands between two slices, however loaded the machine.
  const pressedWhileLoading = await page.evaluate(() => {
    const loading = document.querySelector('[data-testid="load-progress"]') !== null;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Step');
    button?.click();
    return loading;
  });
  expect(pressedWhileLoading).toBe(true);
  await expect(progress).toHaveCount(0);
  const step = page.locator('[data-quantity="step"]:not([data-record])');
  const stopped = Number(await step.getAttribute('data-value'));
  expect(stopped).toBeGreaterThan(0);
  expect(stopped).toBeLessThan(25_000);
  // Nothing more is taken: one more Step adds exactly one.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(step).toHaveAttribute('data-value', String(stopped + 1));
});
