/**
 * Play benchmark in headless Chromium (npm run bench:play): serves the production
 * build, plays a problem and reports
 *   - main-thread frame timing while playing (p50/p95 of frame intervals, long tasks > 50 ms),
 *   - JS heap growth over a long run, after forced garbage collection,
 * each next to a baseline measured in the same run: the same page idle for the
 * same time. Figures are printed, not asserted (DESIGN §4).
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}`;
const PLAY_MS = Number(process.env.PLAY_MS ?? 5000);

function serve() {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'pipe' });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start')), 30_000);
    child.stdout.on('data', (d) => {
      if (String(d).includes(String(PORT))) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

/** Records frame intervals and long tasks for `ms`, optionally while playing. */
async function frames(page, ms, play) {
  return page.evaluate(
    async ({ ms, play }) => {
      const longTasks = [];
      const po = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
      po.observe({ type: 'longtask', buffered: false });
      const gaps = [];
      let last = performance.now();
      let stop = false;
      const tick = (t) => {
        gaps.push(t - last);
        last = t;
        if (!stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Play');
      if (play && button) button.click();
      await new Promise((r) => setTimeout(r, ms));
      stop = true;
      if (play) [...document.querySelectorAll('button')].find((b) => b.textContent === 'Pause')?.click();
      po.disconnect();
      const step = Number(document.querySelector('[data-quantity="step"]')?.getAttribute('data-value'));
      return { gaps: gaps.slice(1), longTasks, step };
    },
    { ms, play },
  );
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  // 1. Frame timing: 1,000 records, two weights, sigmoid, as fast as the loop allows.
  const rows = Array.from({ length: 1000 }, (_, i) => `${((i % 37) / 37).toFixed(3)},${((i % 11) / 11).toFixed(3)}`).join(';');
  const ys = Array.from({ length: 1000 }, (_, i) => ((i % 7) / 7).toFixed(3)).join(';');
  await page.goto(`${BASE}/#act=sigmoid&x=${rows}&y=${ys}&w=3,-3&eta=0.0005&speed=1000`);
  await page.waitForTimeout(500);
  const idle = await frames(page, PLAY_MS, false);
  const busy = await frames(page, PLAY_MS, true);
  console.log(`frame timing, N = 1,000 records, ${PLAY_MS / 1000} s (curve view):`);
  console.log(`  idle baseline: frame interval p50 ${pct(idle.gaps, 50).toFixed(1)} ms, p95 ${pct(idle.gaps, 95).toFixed(1)} ms, long tasks ${idle.longTasks.length}`);
  console.log(`  playing:       frame interval p50 ${pct(busy.gaps, 50).toFixed(1)} ms, p95 ${pct(busy.gaps, 95).toFixed(1)} ms, long tasks ${busy.longTasks.length} (longest ${busy.longTasks.length ? Math.max(...busy.longTasks).toFixed(0) : 0} ms), steps taken ${busy.step}`);
  console.log(`  ratio p95 playing / idle: ${(pct(busy.gaps, 95) / pct(idle.gaps, 95)).toFixed(2)}`);

  // 2. Heap over a long run: 100,000 steps of the small-batch preset.
  await page.goto(`${BASE}/?preset=small-batch&eta=0.5`);
  await page.waitForTimeout(300);
  const before = await heapAfterGc(cdp);
  await page.evaluate(() => {
    const step = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Step');
    for (let i = 0; i < 1000; i++) step?.click();
  });
  await page.waitForTimeout(200);
  const after1k = await heapAfterGc(cdp);
  await page.goto(`${BASE}/?preset=small-batch&eta=0.5&steps=100000`);
  await page.waitForTimeout(300);
  const base2 = await heapAfterGc(cdp);
  await page.keyboard.press('Space');
  await page.waitForTimeout(PLAY_MS);
  await page.keyboard.press('Space');
  const afterPlay = await heapAfterGc(cdp);
  const mb = (b) => (b / 1048576).toFixed(2);
  console.log('heap (after GC):');
  console.log(`  fresh page ${mb(before)} MB; after 1,000 Step clicks ${mb(after1k)} MB (growth ${mb(after1k - before)} MB)`);
  console.log(`  page after 100,000 steps ${mb(base2)} MB (vs fresh page: ${mb(base2 - before)} MB); after ${PLAY_MS / 1000} s more play ${mb(afterPlay)} MB`);
} finally {
  await browser.close();
  server.kill();
}
