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
const REPEAT = Number(process.env.REPEAT ?? 3);

function serve() {
  // vite itself, not through npx: killing npx would leave the server running and this script waiting on it.
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'pipe' });
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

/**
 * Main-thread time per frame while idle or playing: a rAF callback registered
 * before the app's marks the start of each frame's work, a message posted from it
 * lands after that frame's scripts, style, layout and paint, and the difference
 * is the frame's main-thread time (an upper bound: other queued tasks count too).
 * Long tasks (> 50 ms) come from PerformanceObserver.
 */
async function frames(page, ms, play) {
  return page.evaluate(
    async ({ ms, play }) => {
      const longTasks = [];
      const po = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
      po.observe({ type: 'longtask', buffered: false });
      const work = [];
      const gaps = [];
      let stop = false;
      let last = 0;
      const channel = new MessageChannel();
      let t0 = 0;
      channel.port1.onmessage = () => work.push(performance.now() - t0);
      const tick = (t) => {
        if (last) gaps.push(t - last);
        last = t;
        t0 = performance.now();
        channel.port2.postMessage(0);
        if (!stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const maps = () => Number(document.querySelector('[data-testid="contour-bands"]')?.getAttribute('data-draws') ?? 0);
      const maps0 = maps();
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Play');
      if (play && button) button.click();
      await new Promise((r) => setTimeout(r, ms));
      stop = true;
      if (play) [...document.querySelectorAll('button')].find((b) => b.textContent === 'Pause')?.click();
      po.disconnect();
      const step = Number(document.querySelector('[data-quantity="step"]')?.getAttribute('data-value'));
      return { work: work.slice(2), gaps, longTasks, step, maps: maps() - maps0 };
    },
    { ms, play },
  );
}

function report(name, idle, busy) {
  const line = (label, r) =>
    `  ${label}: main-thread ms per frame p50 ${pct(r.work, 50).toFixed(2)}, p95 ${pct(r.work, 95).toFixed(2)}; frame interval p95 ${pct(r.gaps, 95).toFixed(1)} ms; long tasks ${r.longTasks.length}${r.longTasks.length ? ` (longest ${Math.max(...r.longTasks).toFixed(0)} ms)` : ''}; steps ${r.step}${r.maps ? `; contour maps drawn ${r.maps}` : ''}`;
  console.log(name);
  console.log(line('idle baseline', idle));
  console.log(line('playing      ', busy));
  console.log(`  ratio p95 playing / idle: ${(pct(busy.work, 95) / pct(idle.work, 95)).toFixed(2)}`);
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

  // 1. Frame timing, 1,000 records, sigmoid, as fast as the loop allows: the curve view with two
  //    weights, then the contour view with three (so the slice moves every step).
  const N = 1000;
  const rows2 = Array.from({ length: N }, (_, m) => `${((m % 37) / 37).toFixed(3)},${((m % 11) / 11).toFixed(3)}`).join(';');
  const rows3 = Array.from({ length: N }, (_, m) => `${Math.sin(m).toFixed(3)},${Math.cos(1.3 * m).toFixed(3)},${(((m % 7) - 3) / 3).toFixed(3)}`).join(';');
  const ys = Array.from({ length: N }, (_, m) => (0.5 + 0.4 * Math.sin(0.7 * m)).toFixed(3)).join(';');
  for (const [name, hash] of [
    [`curve view, N = ${N}, 2 weights`, `act=sigmoid&x=${rows2}&y=${ys}&w=3,-3&eta=0.0005&speed=1000`],
    [`contour view, N = ${N}, 3 weights, stochastic (the slice moves every step)`, `act=sigmoid&x=${rows3}&y=${ys}&w=2,-2,1&eta=0.01&mode=stochastic&speed=1000&view=contour&axes=1,2`],
  ]) {
    // Frame times on a shared 2-core machine vary from run to run: REPEAT runs, each on a new page,
    // and the median of their p95s is the figure to quote.
    const p95s = [];
    for (let run = 1; run <= REPEAT; run++) {
      // A new document each time: a goto that changes only the fragment would keep the old page.
      await page.goto('about:blank');
      await page.goto(`${BASE}/#${hash}`);
      await page.waitForTimeout(1500);
      const idle = await frames(page, PLAY_MS, false);
      const busy = await frames(page, PLAY_MS, true);
      report(`${name}, ${PLAY_MS / 1000} s, run ${run}/${REPEAT}:`, idle, busy);
      p95s.push(pct(busy.work, 95));
    }
    console.log(`  median of the ${REPEAT} runs' p95: ${pct(p95s, 50).toFixed(2)} ms (runs: ${p95s.map((v) => v.toFixed(1)).join(', ')})`);
  }

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
process.exit(0);
