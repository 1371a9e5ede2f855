/**
 * Lecture mode with scenes: the example lecture opens in the projector theme with its caption above a
 * plot that still fits the screen; Page Down walks it, stepping each scene's run until its last step
 * (or divergence) and then opening the next scene, whose caption and η follow; Page Up goes back to a
 * scene's start and from there to the scene before. Screenshots go to test-results/scenes/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const LECTURE = JSON.parse(readFileSync(new URL('../../public/examples/lecture.json', import.meta.url), 'utf8')) as {
  scenes: { caption: string; params: string }[];
};
const etaOf = (k: number) => new URLSearchParams(LECTURE.scenes[k].params).get('eta');

/** Where the run and the lecture are: "step|status|scene". */
async function position(page: Page): Promise<string> {
  return page.evaluate(() => {
    const value = (q: string) => document.querySelector(`[data-quantity="${q}"]:not([data-record])`)?.getAttribute('data-value');
    return `${value('step')}|${value('status')}|${document.querySelector('[data-testid="scene-number"]')?.getAttribute('data-scene')}`;
  });
}

/** Presses `key` and waits until the run or the scene has moved. */
async function pressAndWait(page: Page, key: string): Promise<string> {
  const before = await position(page);
  await page.keyboard.press(key);
  await expect.poll(() => position(page)).not.toBe(before);
  return position(page);
}

/** Expects scene k (from 0) on screen: its number, its caption and its η. */
async function expectScene(page: Page, k: number) {
  await expect(page.getByTestId('scene-number')).toHaveAttribute('data-scene', String(k + 1));
  await expect(page.getByTestId('scene-number')).toContainText(`Scene ${k + 1} of ${LECTURE.scenes.length}`);
  await expect(page.getByTestId('scene-caption')).toHaveText(LECTURE.scenes[k].caption);
  await expect(page.locator('[data-quantity="eta"]:not([data-record])')).toHaveAttribute('data-value', etaOf(k)!);
}

test('the example lecture in the projector theme: Page Down walks its six scenes, Page Up goes back', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#lecture=examples/lecture.json&theme=projector');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expectScene(page, 0);
  await expect(page.locator('.notice')).toHaveCount(0);
  // The caption sits above the plot, and the whole plot still fits the screen.
  const bar = (await page.getByTestId('scene-bar').boundingBox())!;
  const plot = (await page.locator('.plot-slot > .plot').boundingBox())!;
  expect(bar.y + bar.height).toBeLessThanOrEqual(plot.y + 1);
  expect(plot.y + plot.height).toBeLessThanOrEqual(720 + 1);
  expect(plot.height).toBeGreaterThan(250);
  await page.screenshot({ path: 'test-results/scenes/scene-1.png' });

  const stepsIn: number[] = [];
  for (let k = 0; k < LECTURE.scenes.length - 1; k++) {
    let presses = 0;
    let at = await position(page);
    while (at.endsWith(`|${k + 1}`)) {
      expect(++presses, `presses in scene ${k + 1}`).toBeLessThanOrEqual(15);
      at = await pressAndWait(page, 'PageDown');
    }
    stepsIn.push(presses - 1);
    // A new scene opens fresh, at step 0, with its own caption and η.
    await expectScene(page, k + 1);
    expect(at.split('|').slice(0, 2)).toEqual(['0', 'running']);
    await page.screenshot({ path: `test-results/scenes/scene-${k + 2}.png` });
  }
  // Scene 1 until 4, scene 2 until 6, scene 3 until it diverges (9 steps and the one that blew up), 4 until 6, 5 until 8.
  expect(stepsIn).toEqual([4, 6, 10, 6, 8]);
  await expect(page.locator('.notice')).toHaveCount(0);

  // Page Up: past the scene's start, back to it; from the start, the scene before.
  await pressAndWait(page, 'PageDown');
  expect(await position(page)).toBe('1|running|6');
  expect(await pressAndWait(page, 'PageUp')).toBe('0|running|6');
  await pressAndWait(page, 'PageUp');
  await expectScene(page, 4);
  // → steps and never changes scene; ← without step-through does nothing.
  await pressAndWait(page, 'ArrowRight');
  expect(await position(page)).toBe('1|running|5');
});

test('Next scene and Previous scene buttons; a list in the link (scenes=) loads at once', async ({ page }) => {
  const list = [
    { caption: 'First: the bowl, η = 0.1.', params: 'preset=bowl' },
    { caption: 'Second: a round bowl of two weights w₁, w₂.', params: 'preset=round-bowl&eta=0.2' },
  ];
  await page.goto(`/#scenes=${encodeURIComponent(JSON.stringify(list))}`);
  await expect(page.getByTestId('scene-caption')).toHaveText(list[0].caption);
  await page.getByRole('button', { name: 'Next scene' }).click();
  await expect(page.getByTestId('scene-caption')).toHaveText(list[1].caption);
  await expect(page.locator('[data-quantity="eta"]:not([data-record])')).toHaveAttribute('data-value', '0.2');
  await expect(page.getByTestId('contour-point')).toBeVisible();
  await page.getByRole('button', { name: 'Previous scene' }).click();
  await expect(page.getByTestId('scene-number')).toContainText('Scene 1 of 2');
  await expect(page.locator('[data-quantity="eta"]:not([data-record])')).toHaveAttribute('data-value', '0.1');
});

test('a file that is not a scene file leaves the page as it was, with a notice naming it', async ({ page }) => {
  // (A missing file would do too, but Chromium logs its 404 as a console error, which fails every test here.)
  await page.goto('/#preset=plateau&lecture=examples/course.css');
  await expect(page.locator('.notice')).toContainText('“examples/course.css” was not loaded: it is not valid JSON');
  await expect(page.getByTestId('scene-bar')).toHaveCount(0);
  await expect(page.locator('[data-quantity="eta"]:not([data-record])')).toHaveAttribute('data-value', '3');
});
