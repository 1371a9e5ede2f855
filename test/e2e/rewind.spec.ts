/**
 * Rewind in the browser: ← steps back one step and the scrubber rewinds, the readouts
 * showing the run rebuilt there, checked against the bowl's numbers by hand:
 * w₁ = −1 + η Σ (y − w x) x = −1 + 0.1 · 22.55 = 1.255 after one step.
 */
import { expect, readout, test } from './fixtures';

const stepReadout = '[data-quantity="step"]:not([data-record])';

test('← steps back and the scrubber rewinds to step 0, exactly', async ({ page }) => {
  await page.goto('/#preset=bowl&eta=0.1');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 1; i <= 3; i++) {
    await step.click();
    await expect(page.locator(stepReadout)).toHaveAttribute('data-value', String(i));
  }
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(stepReadout)).toHaveAttribute('data-value', '2');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(stepReadout)).toHaveAttribute('data-value', '1');
  expect(await readout(page, 'w.1')).toBeCloseTo(-1 + 0.1 * 22.55, 12);

  const scrubber = page.getByRole('slider', { name: 'rewind to step' });
  await expect(scrubber).toHaveAttribute('max', '3');
  await scrubber.fill('0');
  await expect(page.locator(stepReadout)).toHaveAttribute('data-value', '0');
  expect(await readout(page, 'w.1')).toBe(-1);
  // Stepping on from the rewound step retraces the run: step 1 again.
  await step.click();
  await expect(page.locator(stepReadout)).toHaveAttribute('data-value', '1');
  expect(await readout(page, 'w.1')).toBeCloseTo(1.255, 12);
});
