/**
 * Embedding in Chromium: the example course page loads its three frames, its
 * buttons step the middle one through the message API and the page shows the
 * state it gets back; the app runs inside <iframe sandbox="allow-scripts">
 * (opaque origin: no storage, no same-origin worker) and steps and plays there.
 */
import { expect, test } from './fixtures';

test('the example course page embeds three bowls and drives the middle one by messages', async ({ page }) => {
  await page.goto('/examples/course.html');
  for (const id of ['small', 'right', 'large']) {
    const frame = page.frameLocator(`#${id}`);
    await expect(frame.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
    // Embed mode: no page header, no data editor.
    await expect(frame.locator('header.top')).toHaveCount(0);
  }
  const right = page.locator('output[data-for="right"]');
  await expect(right).toHaveAttribute('data-step', '0');
  await page.getByRole('button', { name: 'Step it' }).click();
  await expect(right).toHaveAttribute('data-step', '1');
  await page.getByRole('button', { name: 'Step it' }).click();
  await expect(right).toHaveAttribute('data-step', '2');
  // The frame itself shows the same step.
  await expect(page.frameLocator('#right').locator('[data-quantity="step"]')).toHaveAttribute('data-value', '2');
  // The other frames were not driven.
  await expect(page.locator('output[data-for="small"]')).toHaveAttribute('data-step', '0');
  // set goes through the URL allow-list: η = 0.25 in the middle frame.
  await page.getByRole('button', { name: /Set η = 0.25/ }).click();
  await expect(page.frameLocator('#right').locator('[data-quantity="eta"]')).toHaveAttribute('data-value', '0.25');
  await page.getByRole('button', { name: 'Reset it' }).click();
  await expect(right).toHaveAttribute('data-step', '0');
  // The frames asked for their height and got it.
  const h = await page.locator('#right').evaluate((f) => f.getBoundingClientRect().height);
  expect(h).toBeGreaterThan(240);
  await page.screenshot({ path: 'test-results/screenshots/course-page.png', fullPage: true });
});

test('inside <iframe sandbox="allow-scripts"> the app steps and plays with no uncaught error', async ({ page, baseURL }) => {
  const host = `${baseURL}/sandbox-host-for-test.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title>
        <iframe id="f" sandbox="allow-scripts" src="/?preset=round-bowl&view=contour&embed=1" style="width:700px;height:600px" title="bowl"></iframe>
        <script>
          window.states = [];
          addEventListener('message', (e) => { if (e.data && e.data.type === 'error-bowl:state') window.states.push(e.data); });
          window.send = (command, params) => document.getElementById('f').contentWindow.postMessage({ type: 'error-bowl:command', command, params }, '*');
        </script>`,
    }),
  );
  await page.goto(host);
  const frame = page.frameLocator('#f');
  await expect(frame.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
  await frame.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(frame.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '1');
  await frame.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => Number(await frame.locator('[data-quantity="step"]').getAttribute('data-value')), { timeout: 15_000 }).toBeGreaterThan(1);
  await frame.getByRole('button', { name: 'Pause', exact: true }).click();
  // The contour map is drawn even without a worker of the page's origin.
  await expect(frame.getByTestId('contour-bands')).not.toHaveAttribute('data-bands', '0');
  // Commands from the host work, and its state messages arrive.
  await page.evaluate(() => (window as unknown as { send: (c: string) => void }).send('reset'));
  await expect(frame.locator('[data-quantity="step"]')).toHaveAttribute('data-value', '0');
  await expect.poll(() => page.evaluate(() => (window as unknown as { states: { step: number }[] }).states.at(-1)?.step)).toBe(0);
});
