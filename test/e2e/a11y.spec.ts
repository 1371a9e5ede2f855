/**
 * An accessibility engine (axe-core, WCAG 2.1 A and AA rules) on every view, theme and mode,
 * the dialogs and panels a person opens, the data editor, the embed and lecture mode: no
 * critical or serious violation. (The engine finds them: a button without a name, an
 * interactive child of an image, an image without a name each fail it, checked by hand.)
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function serious(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const STATES: [string, string][] = [
  ['curve', '#preset=bowl&steps=2'],
  ['contour', '#preset=round-bowl&view=contour&steps=2'],
  ['surface', '#preset=round-bowl&view=surface&steps=2'],
  ['data', '#preset=iris&view=data&std=1&steps=2'],
  ['dark theme', '#preset=round-bowl&view=contour&theme=dark&steps=2'],
  ['lecture', '#preset=round-bowl&view=contour&theme=projector&steps=2'],
  ['embed', '#preset=round-bowl&view=contour&embed=1&steps=2'],
  ['race', '#preset=round-bowl&view=contour&runs=gd:0.1,momentum:0.05,adam:0.05&steps=2'],
  ['cars (the data editor paged)', '#preset=cars&steps=2'],
];

/** States reached by a person's actions after the page opens. */
const ACTIONS: [string, string, (page: Page) => Promise<void>][] = [
  ['the shortcuts dialog', '#preset=bowl', async (page) => {
    // Opened as a person would, once the page is drawn (a key pressed before the app listens is lost).
    await expect(page.getByTestId('curve-plot')).toBeVisible();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Shortcuts' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  }],
  ['the menu, open', '#preset=bowl', async (page) => page.getByRole('button', { name: 'Menu' }).click()],
  ['the export panel, open', '#preset=round-bowl&view=contour', async (page) => page.getByRole('button', { name: 'Export', exact: true }).click()],
  ['step-through at its third part', '#preset=small-batch', async (page) => {
    await page.getByLabel('take each step apart (step-through)').check();
    for (let n = 0; n < 2; n++) await page.getByRole('button', { name: 'Next part' }).click();
  }],
  ['the η sweep', '#preset=bowl', async (page) => {
    await page.getByRole('button', { name: 'Run the sweep' }).click();
    await expect(page.getByTestId('sweep-chart')).toBeVisible();
  }],
  ['the momentum map', '#preset=narrow-valley&opt=momentum&eta=0.02', async (page) => {
    await page.getByRole('button', { name: 'Run the sweep' }).click();
    await expect(page.getByTestId('momentum-map')).toBeVisible();
  }],
  ['a challenge, met', '#preset=bowl&goal=10&within=5', async (page) => page.getByRole('button', { name: 'Step', exact: true }).click()],
];

for (const [name, hash, act] of ACTIONS) {
  test(`axe: no serious or critical violation — ${name}`, async ({ page }) => {
    await page.goto(`/${hash}`);
    await act(page);
    await page.waitForTimeout(300);
    expect(await serious(page)).toEqual([]);
  });
}

for (const [name, hash] of STATES) {
  test(`axe: no serious or critical violation — ${name}`, async ({ page }) => {
    await page.goto(`/${hash}`);
    await page.waitForTimeout(300);
    expect(await serious(page)).toEqual([]);
  });
}
