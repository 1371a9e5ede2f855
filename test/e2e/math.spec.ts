/**
 * Issue 4 in Chromium: the math panel's numbers equal the readouts, step-through
 * moves through the five parts and hides the plot's later marks, a two-output
 * problem shows δ₁, δ₂ and the weight matrix, and the whole app runs under a
 * strict Content-Security-Policy without a single violation.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, expectNoNonFinite, readout, test } from './fixtures';

const SHOTS = 'test-results/screenshots';

/** The TeX of a math-panel line. */
async function tex(page: import('@playwright/test').Page, id: string): Promise<string> {
  return (await page.getByTestId('math-panel').locator(`[data-line="${id}"] .tex`).getAttribute('data-tex')) ?? '';
}

test('the math panel shows the readouts’ numbers, typeset by KaTeX, and follows a Step', async ({ page }) => {
  await page.goto('/?preset=small-batch');
  const panel = page.getByTestId('math-panel');
  await expect(panel.locator('.katex').first()).toBeVisible();
  for (let n = 0; n < 2; n++) {
    // The readouts show 4 significant digits; the panel prints the same rounding.
    const shown = async (q: string) => (await page.locator(`[data-quantity="${q}"]:not([data-record])`).innerText()).replace(/−/g, '-');
    expect(await tex(page, 'grad-0')).toMatch(new RegExp(`= ${(await shown('grad.1')).replace(/[.+]/g, '\\$&')}$`));
    expect(await tex(page, 'grad-1')).toMatch(new RegExp(`= ${(await shown('grad.2')).replace(/[.+]/g, '\\$&')}$`));
    expect(await tex(page, 'dw-values')).toContain(`\\Delta w_{1} = ${await shown('dw.1')}`);
    expect(await tex(page, 'E')).toMatch(new RegExp(`= ${(await shown('E')).replace(/[.+]/g, '\\$&')}$`));
    // Record 1's δ in the panel is the records table's δ of record 1.
    const delta1 = (await page.locator('[data-quantity="delta"][data-record="1"]').innerText()).replace(/−/g, '-');
    expect(await tex(page, 'delta')).toMatch(new RegExp(`= ${delta1.replace(/[.+]/g, '\\$&')}$`));
    await page.getByRole('button', { name: 'Step', exact: true }).click();
  }
  await expectNoNonFinite(page);
});

test('step-through: → moves through the five parts, the plot hides later marks, and the fifth Step takes the update', async ({ page }) => {
  await page.goto('/?preset=bowl');
  const w0 = await readout(page, 'w.1');
  const dw = await readout(page, 'dw.1');
  await page.getByLabel(/take each step apart/).check();
  const tangent = page.getByTestId('tangent');
  const arrow = page.getByTestId('step-arrow');
  const parts: string[] = [];
  for (let i = 0; i < 5; i++) {
    const now = page.getByTestId('stage-now');
    parts.push((await now.getAttribute('data-stage')) ?? '');
    await expect(page.getByTestId('math-panel').locator('.math-part[aria-current="step"]')).toHaveAttribute('data-part', parts[i]);
    // The marks of later parts are hidden by the page's CSS: no tangent before the error term, no arrow before the step.
    if (i < 2) await expect(tangent).toBeHidden();
    else await expect(tangent).toBeVisible();
    if (i < 3) await expect(arrow).toBeHidden();
    else await expect(arrow).toBeVisible();
    if (i === 3) await page.screenshot({ path: `${SHOTS}/step-through-gradient.png`, fullPage: true });
    expect(await readout(page, 'step')).toBe(0);
    await page.keyboard.press('ArrowRight');
  }
  expect(parts).toEqual(['forward', 'error', 'term', 'gradient', 'update']);
  expect(await readout(page, 'step')).toBe(1);
  expect(await readout(page, 'w.1')).toBeCloseTo(w0 + dw, 12);
  await expect(page.getByTestId('stage-now')).toHaveAttribute('data-stage', 'forward');
});

test('a two-output problem shows δ₁ and δ₂ per record and the weight matrix with Δwᵢⱼ', async ({ page }) => {
  await page.goto('/?preset=two-outputs');
  expect(await readout(page, 'delta.1', 1)).not.toBeNaN();
  expect(await readout(page, 'delta.2', 1)).not.toBeNaN();
  const matrix = page.getByTestId('weight-matrix');
  await expect(matrix).toBeVisible();
  await expect(matrix.locator('tbody tr')).toHaveCount(2);
  // Cell (x₂, Δw of unit 2) is the dw.2.2 readout.
  const cell = (await matrix.locator('tbody tr').nth(1).locator('td').nth(3).innerText()).replace(/[▲▼+\s]/g, '');
  expect(cell).toBe(await page.locator('[data-quantity="dw.2.2"]').innerText());
  // The panel writes unit 2 out when it is chosen.
  await page.getByLabel(/output unit j/).selectOption('2');
  await expect.poll(() => tex(page, 'delta')).toContain('\\delta_2');
  await matrix.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/two-outputs-matrix.png`, fullPage: true });
});

/** Serves the production build in dist/ with a strict Content-Security-Policy header. */
async function serveWithCsp(policy: string): Promise<{ server: Server; url: string }> {
  const root = join(process.cwd(), 'dist');
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.ttf': 'font/ttf',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
  };
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': policy });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Security-Policy': policy });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('under a strict CSP (default-src \'self\', no unsafe-eval, no inline scripts) nothing is refused', async ({ page }) => {
  const { server, url } = await serveWithCsp("default-src 'self'");
  try {
    // Every violation is collected in the page (the console fixture also fails on the "Refused to …" errors).
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(`${url}/?preset=iris&view=contour`);
    await expect(page.getByTestId('contour-bands')).not.toHaveAttribute('data-bands', '0');
    // KaTeX (a lazy chunk, its CSS and fonts) typesets the panel.
    await expect(page.getByTestId('math-panel').locator('.katex').first()).toBeVisible();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByLabel(/take each step apart/).check();
    await page.keyboard.press('ArrowRight');
    // Play a moment (the worker paints maps of a moving slice), then the 3-D view and another preset.
    const before = await readout(page, 'step');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => readout(page, 'step'), { timeout: 15_000 }).toBeGreaterThan(before + 3);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByLabel('view', { exact: true }).selectOption('surface');
    await page.getByLabel('problem').selectOption('two-outputs');
    await expect(page.getByTestId('weight-matrix')).toBeVisible();
    expect(await readout(page, 'E')).toBeGreaterThan(0);
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(violations).toEqual([]);
  } finally {
    server.close();
  }
});
