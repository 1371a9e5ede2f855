/**
 * Play benchmark in headless Chromium (npm run bench:play): serves the production
 * build, plays problems in each view and reports, per scenario,
 *   - main-thread time per frame while playing (p50/p95, from a rAF probe; see `probe`),
 *   - main-thread CPU per frame (CDP Performance.getMetrics ThreadTime) and time in
 *     tasks per frame (TaskDuration, with its Script / Layout / RecalcStyle parts); see `measure`,
 *   - long tasks (> 50 ms), steps taken, maps drawn (contour bands or 3-D meshes painted,
 *     from the canvas's data-draws), React commits per second (counted by a minimal
 *     React DevTools hook installed before the app loads, as test/e2e/robust.spec.ts does),
 *     and the share of frames that carried a React commit or a change of the texts people read,
 *     with the p95 of the other frames ("p95 other frames": what a frame costs between them),
 * each beside the same page idle for the same time in the same run;
 *   - JS heap growth over a run of more than 100,000 steps, after forced garbage collection; and
 *   - loading a costly link (steps= taken in slices after the first paint): time from
 *     navigation to the first plot, to the progress and to the final step count, and long
 *     tasks overall and while the progress shows (budget: none over 50 ms while loading).
 * Figures are printed, not asserted (DESIGN §4): the machine is shared, so every
 * scenario runs REPEAT times on a new page and the medians are the figures to quote.
 *
 * Environment: REPEAT (default 3) runs per scenario, PLAY_MS (default 5000) per
 * measurement, ONLY=<substring> to run only the scenarios whose name contains it
 * ("heap" for the heap check alone, "link loading" for the loading scenarios alone).
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from '@playwright/test';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}`;
const PLAY_MS = Number(process.env.PLAY_MS ?? 5000);
const REPEAT = Number(process.env.REPEAT ?? 3);
const ONLY = process.env.ONLY ?? '';
/** src/share/url.ts refuses a parameter longer than this. */
const MAX_PARAM_LENGTH = 200_000;
/** Steps the heap check must pass (src/store/limits.ts caps steps= on load at MAX_INITIAL_STEPS; this one plays). */
const HEAP_STEPS = 100_000;
/** The play loop's top speed, steps per second (SPEED_MAX in src/store/limits.ts). */
const SPEED = 1000;

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
/** Median of the finite values; NaN when there are none (a figure the page does not expose). */
const median = (xs) => pct(xs.filter(Number.isFinite), 50);
const fmt = (v, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');

/**
 * The data of every scenario: N records of `weights` inputs (bias off, so one weight
 * per input), one sigmoid output. Inputs are sines of different frequencies in
 * [−1, 1]; targets are a sine of the record index, unrelated to the inputs, so no
 * weights fit exactly (the run never converges: every record keeps a non-zero step)
 * and, with a sigmoid and a small η, the weights stay bounded. Values have at most
 * two decimals so that N = 10,000 × 3 inputs stays under the URL's parameter limit.
 */
function dataset(N, weights) {
  const num = (v) => String(Number(v.toFixed(2)));
  const x = Array.from({ length: N }, (_, m) => Array.from({ length: weights }, (_, c) => num(Math.sin((1 + 0.37 * c) * m + c))).join(',')).join(';');
  const y = Array.from({ length: N }, (_, m) => num(0.5 + 0.4 * Math.sin(0.7 * m))).join(';');
  const w = Array.from({ length: weights }, (_, c) => [2, -2, 1, -1][c % 4]).join(',');
  for (const [name, v] of [['x', x], ['y', y]]) {
    if (v.length > MAX_PARAM_LENGTH) throw new Error(`${name}= is ${v.length} characters for N = ${N}, over ${MAX_PARAM_LENGTH}`);
  }
  return `act=sigmoid&x=${x}&y=${y}&w=${w}`;
}

/** The fragment of one scenario: 3 weights, stochastic (the slice moves every step), as fast as the loop allows. */
function scenarioHash(view, N, race = false) {
  const axes = view === 'curve' ? '1' : '1,2';
  // A race: the six optimizers at the same η from the same start (DESIGN §4: six racing runs ≤ 6 ms).
  const runs = race ? '&runs=gd:0.01,momentum:0.01,nesterov:0.01,adagrad:0.01,rmsprop:0.01,adam:0.01' : '';
  return `${dataset(N, 3)}&eta=0.01&mode=stochastic&speed=${SPEED}&view=${view}&axes=${axes}${runs}`;
}

/** Budget of p95 main-thread ms per frame while playing, N = 1,000 (DESIGN §4). */
const BUDGET = { curve: 4, contour: 4, surface: 6, race: 6 };
const VIEW_LABEL = { curve: 'curve', contour: 'contour', surface: '3-D' };

const SCENARIOS = [
  ...['curve', 'contour', 'surface'].map((view) => ({ view, N: 1000 })),
  ...['curve', 'contour'].flatMap((view) => [100, 10_000].map((N) => ({ view, N }))),
].map((s) => ({ ...s, name: `${VIEW_LABEL[s.view]} view, N = ${s.N.toLocaleString('en')}, 3 weights, stochastic` }))
  .concat([{ view: 'contour', N: 1000, race: true, name: 'contour view, N = 1,000, 3 weights, stochastic, six runs racing' }]);

/**
 * Main-thread time per frame while idle or playing: a rAF callback registered
 * before the app's marks the start of each frame's work, a message posted from it
 * lands after that frame's scripts, style, layout and paint, and the difference
 * is the frame's main-thread time (an upper bound: other queued tasks count too).
 * Long tasks (> 50 ms) come from PerformanceObserver. Also counts frames, steps,
 * contour maps drawn and React commits over the same window.
 */
async function probe(page, ms, play) {
  return page.evaluate(
    async ({ ms, play }) => {
      const longTasks = [];
      const po = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
      po.observe({ type: 'longtask', buffered: false });
      const work = [];
      // Which frames carried a React commit, and which a change of the texts people read (the E readout's).
      const committed = [];
      const texted = [];
      let texts = 0;
      const eReadout = document.querySelector('[data-quantity="E"]:not([data-record])');
      const mo = new MutationObserver(() => texts++);
      if (eReadout) mo.observe(eReadout, { childList: true, characterData: true, subtree: true });
      const gaps = [];
      let stop = false;
      let last = 0;
      let frames = 0;
      const channel = new MessageChannel();
      const commitCount = () => (typeof window.__errorBowlCommits === 'number' ? window.__errorBowlCommits : 0);
      channel.port1.onmessage = (e) => {
        work.push(performance.now() - e.data.t0);
        committed.push(commitCount() !== e.data.c0);
        texted.push(texts !== e.data.x0);
      };
      const tick = (t) => {
        if (stop) return;
        frames++;
        if (last) gaps.push(t - last);
        last = t;
        channel.port2.postMessage({ t0: performance.now(), c0: commitCount(), x0: texts });
        requestAnimationFrame(tick);
      };
      // Maps painted: the contour view's bands canvas or the 3-D view's mesh canvas, each counting in data-draws.
      const maps = () =>
        Number(document.querySelector('[data-testid="contour-bands"], [data-testid="surface-plot"]')?.getAttribute('data-draws') ?? 0);
      const steps = () => Number(document.querySelector('[data-quantity="step"]:not([data-record])')?.getAttribute('data-value'));
      const commits = () => (typeof window.__errorBowlCommits === 'number' ? window.__errorBowlCommits : NaN);
      const maps0 = maps();
      const steps0 = steps();
      const commits0 = commits();
      const start = performance.now();
      requestAnimationFrame(tick);
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Play');
      if (play && button) button.click();
      await new Promise((r) => setTimeout(r, ms));
      stop = true;
      const elapsed = performance.now() - start;
      const stepsTaken = steps() - steps0;
      const commitsMade = commits() - commits0;
      const mapsDrawn = maps() - maps0;
      if (play) [...document.querySelectorAll('button')].find((b) => b.textContent === 'Pause')?.click();
      po.disconnect();
      mo.disconnect();
      return {
        work: work.slice(2),
        committed: committed.slice(2),
        texted: texted.slice(2),
        gaps,
        frames,
        elapsed,
        longTasks,
        steps: stepsTaken,
        maps: mapsDrawn,
        commitsPerS: commitsMade / (elapsed / 1000),
        played: Boolean(button),
      };
    },
    { ms, play },
  );
}

/** Main-thread durations so far (seconds), from the DevTools Performance domain. */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  return { t: m.Timestamp, cpu: m.ThreadTime, task: m.TaskDuration, script: m.ScriptDuration, layout: m.LayoutDuration, style: m.RecalcStyleDuration };
}

/**
 * One probe with main-thread CPU per frame. Two figures of the renderer's main
 * thread: ThreadTime, the CPU time it was given, and TaskDuration, the wall-clock
 * time its tasks took (script, style, layout, paint, GC), of which Script, Layout
 * and RecalcStyle are parts. Checked against a 300 ms busy loop on this machine under
 * load: TaskDuration 0.31 s, ThreadTime 0.13 s — tasks' time includes the time the
 * thread waited for a core, so on a shared machine ThreadTime is the CPU figure and
 * TaskDuration an upper bound. Each change over the window, per second of the window,
 * divided by the probe's frames per second, is ms per frame (the window is bracketed
 * from Node, a few ms wider than the probe, so it is normalised by time, not by the
 * frame count).
 */
async function measure(page, cdp, ms, play) {
  const before = await metrics(cdp);
  const r = await probe(page, ms, play);
  const after = await metrics(cdp);
  const seconds = after.t - before.t;
  const framesPerS = r.frames / (r.elapsed / 1000);
  const perFrame = (k) => ((after[k] - before[k]) / seconds / framesPerS) * 1000;
  return { ...r, cpu: perFrame('cpu'), task: perFrame('task'), script: perFrame('script'), layout: perFrame('layout'), style: perFrame('style'), fps: framesPerS };
}

/** p95 of the frames that carried neither a React commit nor a text change, and the share of those that did. */
function split(r) {
  const plain = r.work.filter((_, n) => !r.committed[n] && !r.texted[n]);
  const share = (flags) => (r.work.length ? (100 * flags.filter(Boolean).length) / r.work.length : NaN);
  return { plainP95: pct(plain, 95), commitShare: share(r.committed), textShare: share(r.texted.map((t, n) => t && !r.committed[n])) };
}

function line(label, r) {
  const lt = r.longTasks.length;
  const sp = split(r);
  return (
    `  ${label}: main-thread ms/frame p50 ${fmt(pct(r.work, 50))}, p95 ${fmt(pct(r.work, 95))}; ` +
    `CPU ms/frame ${fmt(r.cpu)}; in tasks ${fmt(r.task)} (script ${fmt(r.script)}, layout ${fmt(r.layout)}, style ${fmt(r.style)}); ` +
    `${fmt(r.fps, 0)} fps, interval p95 ${fmt(pct(r.gaps, 95), 1)} ms; long tasks ${lt}${lt ? ` (longest ${Math.max(...r.longTasks).toFixed(0)} ms)` : ''}; ` +
    `steps ${r.steps}; maps ${r.maps}; commits/s ${fmt(r.commitsPerS, 1)}; ` +
    `frames with a commit ${fmt(sp.commitShare, 1)} %, with new texts only ${fmt(sp.textShare, 1)} %, p95 of the others ${fmt(sp.plainP95)} ms`
  );
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

const stepOf = (page) => page.evaluate(() => Number(document.querySelector('[data-quantity="step"]:not([data-record])')?.getAttribute('data-value')));

/**
 * React commits, counted as test/e2e/robust.spec.ts's countCommits does: before the app
 * loads, a minimal React DevTools hook whose onCommitFiberRoot increments
 * window.__errorBowlCommits (the app itself exposes no counter).
 */
async function countCommits(page) {
  await page.addInitScript(() => {
    window.__errorBowlCommits = 0;
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      onCommitFiberRoot: () => {
        window.__errorBowlCommits++;
      },
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      checkDCE: () => {},
    };
  });
}

/**
 * The link of the loading scenario, as costlyLink in test/e2e/links.spec.ts: `n` two-input
 * records with noisy targets (never converging), stochastic, η = 0.01, taking `steps` steps
 * on load (records × weights × steps within the cost limit of 100,000,000).
 */
function costlyLink(n, steps) {
  const x = [];
  const y = [];
  for (let i = 0; i < n; i++) {
    x.push(`${((i * 37) % 101) / 50 - 1},${((i * 53) % 97) / 48 - 1}`);
    y.push(String(((i * 29) % 89) / 89));
  }
  return `/#x=${x.join(';')}&y=${y.join(';')}&mode=stochastic&eta=0.01&steps=${steps}`;
}

const LOADS = [
  { n: 2000, steps: 20_000 },
  { n: 200, steps: 100_000 },
].map((l) => ({ ...l, name: `link loading, N = ${l.n.toLocaleString('en')}, 2 weights, stochastic, steps=${l.steps}` }));
/** Budget while a link's steps are taken: no main-thread task over this (ms). */
const LOAD_TASK_BUDGET = 50;

/**
 * Installed before the page's first byte (as watch() in test/e2e/links.spec.ts): every long
 * task (PerformanceObserver 'longtask', buffered) and, from a MutationObserver, when the
 * curve plot, the progress and the final step count first appear (performance.now(), ms
 * since navigation start).
 */
async function watchLoading(page, finalStep) {
  await page.addInitScript((final) => {
    const seen = { longTasks: [] };
    window.__seen = seen;
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

/** One load of a costly link on a new page: the times seen and the long tasks, overall and while loading. */
async function loadOnce(context, l) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
  try {
    await watchLoading(page, l.steps);
    await page.goto(`${BASE}${costlyLink(l.n, l.steps)}`);
    const step = page.locator('[data-quantity="step"]:not([data-record])');
    let reached = true;
    try {
      await page.locator(`[data-quantity="step"]:not([data-record])[data-value="${l.steps}"]`).waitFor({ timeout: 60_000 });
    } catch {
      reached = false;
    }
    // A little longer, so that a long task ending the load is reported too.
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => window.__seen);
    const stepNow = await step.getAttribute('data-value');
    const notices = await page.getByTestId('notice').count();
    const all = seen.longTasks.map((t) => t.duration);
    const end = seen.final ?? Infinity;
    // As the e2e assertion this replaces: tasks overlapping [progress shown, final count].
    const during =
      seen.progress === undefined ? [] : seen.longTasks.filter((t) => t.start + t.duration >= seen.progress && t.start <= end).map((t) => t.duration);
    return { ...seen, reached, stepNow, notices, all, during };
  } finally {
    await page.close();
  }
}

/** A new document at `hash`, ready to play. */
async function open(page, hash) {
  // A new document each time: a goto that changes only the fragment would keep the old page.
  await page.goto('about:blank');
  await page.goto(`${BASE}/#${hash}`);
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
}

const load = () => loadavg().map((v) => v.toFixed(1)).join(', ');
const loadAtStart = load();
const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = [];
const loadResults = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await countCommits(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('Performance.enable');
  page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));

  // 1. Frame timing and CPU per scenario, each beside the same page idle.
  for (const s of SCENARIOS.filter((sc) => sc.name.includes(ONLY))) {
    const hash = scenarioHash(s.view, s.N, s.race);
    const runs = [];
    for (let run = 1; run <= REPEAT; run++) {
      await open(page, hash);
      const idle = await measure(page, cdp, PLAY_MS, false);
      const busy = await measure(page, cdp, PLAY_MS, true);
      if (!busy.played) console.log('  (no Play button found: nothing played)');
      console.log(`${s.name}, ${PLAY_MS / 1000} s, run ${run}/${REPEAT}:`);
      console.log(line('idle   ', idle));
      console.log(line('playing', busy));
      runs.push({ idle, busy });
    }
    const med = (side, f) => median(runs.map((r) => f(r[side])));
    const row = {
      ...s,
      p95: med('busy', (r) => pct(r.work, 95)),
      cpu: med('busy', (r) => r.cpu),
      task: med('busy', (r) => r.task),
      idleP95: med('idle', (r) => pct(r.work, 95)),
      idleCpu: med('idle', (r) => r.cpu),
      longTasks: med('busy', (r) => r.longTasks.length),
      idleLongTasks: med('idle', (r) => r.longTasks.length),
      steps: med('busy', (r) => r.steps),
      maps: med('busy', (r) => r.maps),
      commits: med('busy', (r) => r.commitsPerS),
      idleCommits: med('idle', (r) => r.commitsPerS),
      p95s: runs.map((r) => pct(r.busy.work, 95)),
      plainP95: med('busy', (r) => split(r).plainP95),
    };
    console.log(
      `  medians of ${REPEAT}: p95 ${fmt(row.p95)} ms (runs ${row.p95s.map((v) => fmt(v, 1)).join(', ')}; idle ${fmt(row.idleP95)}), ` +
        `CPU ${fmt(row.cpu)} ms/frame (idle ${fmt(row.idleCpu)}), ` +
        `commits/s ${fmt(row.commits, 1)} (idle ${fmt(row.idleCommits, 1)})${row.view === 'curve' ? '' : `, maps ${fmt(row.maps, 0)}`}`,
    );
    results.push(row);
  }

  // 1b. The sweep (DESIGN: 60 η × 200 steps at N = 1,000 in ≤ 1 s in the worker): from the click on
  //     "Run the sweep" to the chart, REPEAT times, beside 60 × 200 steps of the same problem taken on
  //     the main thread in the same page (the store's own stepping: the work the worker does, done here).
  if ('sweep, N = 1,000'.includes(ONLY) || ONLY === '') {
    const hash = `${dataset(1000, 3)}&eta=0.01&mode=stochastic&view=curve`;
    const times = [];
    const base = [];
    for (let run = 1; run <= REPEAT; run++) {
      await open(page, hash);
      await page.getByLabel('steps each run of the sweep takes').fill('200');
      const t0 = Date.now();
      await page.getByRole('button', { name: 'Run the sweep' }).click();
      await page.getByTestId('sweep-chart').waitFor({ timeout: 120_000 });
      times.push((Date.now() - t0) / 1000);
      const points = await page.getByTestId('sweep-point').count();
      // The baseline: the same 60 runs of 200 steps stepped by the store on the main thread.
      const mainS = await page.evaluate(() => {
        const reset = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Reset');
        const step = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Step');
        const t = performance.now();
        for (let r = 0; r < 60; r++) {
          reset.click();
          for (let k = 0; k < 200; k++) step.click();
        }
        return (performance.now() - t) / 1000;
      });
      base.push(mainS);
      console.log(`sweep, N = 1,000, 3 weights, stochastic, 60 η × 200 steps, run ${run}/${REPEAT}: ${times.at(-1).toFixed(2)} s to the chart (${points} points); 60 × 200 Step clicks on the main thread ${mainS.toFixed(2)} s`);
    }
    console.log(`  medians of ${REPEAT}: sweep ${median(times).toFixed(2)} s (budget ≤ 1 s), main-thread clicks ${median(base).toFixed(2)} s, ratio ×${(median(times) / median(base)).toFixed(2)}`);
  }

  // 2. Heap over a long run: a problem that never converges (stochastic, targets no weights fit,
  //    small η, sigmoid so the weights stay bounded), played at top speed until it passes
  //    100,000 steps; the step count read from the page says how far it got.
  if ('heap check'.includes(ONLY)) {
    const hash = `${dataset(100, 2)}&eta=0.01&mode=stochastic&speed=${SPEED}&view=curve`;
    await open(page, hash);
    const fresh = await heapAfterGc(cdp);
    await page.evaluate(() => {
      const step = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Step');
      for (let i = 0; i < 1000; i++) step?.click();
    });
    await page.waitForTimeout(200);
    const after1k = await heapAfterGc(cdp);
    const steps1k = await stepOf(page);
    const t0 = Date.now();
    // At SPEED steps a second, 100,000 steps take about 100 s; give up after three times that.
    const limit = (3 * HEAP_STEPS * 1000) / SPEED;
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    let reached = steps1k;
    while (reached < HEAP_STEPS && Date.now() - t0 < limit) {
      await page.waitForTimeout(2000);
      reached = await stepOf(page);
    }
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.waitForTimeout(200);
    reached = await stepOf(page);
    const playS = (Date.now() - t0) / 1000;
    const afterRun = await heapAfterGc(cdp);
    // Another stretch of play: a heap that keeps growing with steps grows again here.
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(PLAY_MS);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.waitForTimeout(200);
    const more = await stepOf(page);
    const afterMore = await heapAfterGc(cdp);
    const mb = (b) => (b / 1048576).toFixed(2);
    const sign = (b) => `${b >= 0 ? '+' : '−'}${mb(Math.abs(b))}`;
    console.log('heap (after GC), stochastic, N = 100, 2 weights, η = 0.01, curve view:');
    console.log(`  fresh page ${mb(fresh)} MB`);
    console.log(`  after 1,000 Step clicks (step ${steps1k}): ${mb(after1k)} MB (${sign(after1k - fresh)} MB vs fresh)`);
    console.log(
      `  after playing to step ${reached.toLocaleString('en')} (${playS.toFixed(0)} s at speed ${SPEED}; ${reached >= HEAP_STEPS ? 'passed' : 'DID NOT reach'} ${HEAP_STEPS.toLocaleString('en')}): ` +
        `${mb(afterRun)} MB (${sign(afterRun - fresh)} MB vs fresh)`,
    );
    console.log(`  after ${PLAY_MS / 1000} s more play (step ${more.toLocaleString('en')}): ${mb(afterMore)} MB (${sign(afterMore - afterRun)} MB vs the line above)`);
  }

  // 3. Loading a costly link: a new page per run, in a context whose cache the first load warmed.
  const loads = LOADS.filter((l) => l.name.includes(ONLY));
  if (loads.length) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const warm = await context.newPage();
    await warm.goto(`${BASE}/`);
    await warm.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 30_000 });
    await warm.close();
    for (const l of loads) {
      const runs = [];
      for (let run = 1; run <= REPEAT; run++) {
        const r = await loadOnce(context, l);
        const longest = (xs) => (xs.length ? Math.max(...xs) : 0);
        console.log(
          `${l.name}, run ${run}/${REPEAT}: plot ${fmt(r.plot, 0)} ms (step ${r.stepAtPlot ?? 'n/a'}), progress ${fmt(r.progress, 0)} ms, ` +
            `final ${fmt(r.final, 0)} ms${r.reached ? '' : ` (NOT reached: step ${r.stepNow})`}; ` +
            `long tasks ${r.all.length} (longest ${fmt(longest(r.all), 0)} ms), while loading ${r.during.length} (longest ${fmt(longest(r.during), 0)} ms)` +
            `${r.notices ? `; ${r.notices} notice(s)` : ''}`,
        );
        runs.push({ ...r, longestAll: longest(r.all), longestDuring: longest(r.during) });
      }
      const med = (f) => median(runs.map(f));
      loadResults.push({
        ...l,
        plot: med((r) => r.plot),
        progress: med((r) => r.progress),
        final: med((r) => r.final),
        longTasks: med((r) => r.all.length),
        longest: med((r) => r.longestAll),
        during: med((r) => r.during.length),
        longestDuring: med((r) => r.longestDuring),
        worstDuring: Math.max(...runs.map((r) => r.longestDuring)),
        reached: runs.filter((r) => r.reached).length,
      });
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

// 4. Summary: medians of REPEAT runs, the idle page beside each, the budget, and how each view grows with N.
console.log(`\nload average (1, 5, 15 min) at start ${loadAtStart}, at end ${load()}, on ${availableParallelism()} cores`);
if (results.length) {
  const cols = ['scenario', 'p95 ms', 'budget', 'p95 other frames', 'CPU ms/frame', 'in tasks', 'idle p95', 'idle CPU', 'long tasks (idle)', 'steps', 'maps', 'commits/s (idle)'];
  const rows = results.map((r) => [
    `${VIEW_LABEL[r.view]}, N = ${r.N.toLocaleString('en')}${r.race ? ', six runs' : ''}`,
    fmt(r.p95),
    r.N === 1000 ? `≤ ${BUDGET[r.race ? 'race' : r.view]} ${r.p95 <= BUDGET[r.race ? 'race' : r.view] ? 'ok' : 'OVER'}` : '—',
    fmt(r.plainP95),
    fmt(r.cpu),
    fmt(r.task),
    fmt(r.idleP95),
    fmt(r.idleCpu),
    `${fmt(r.longTasks, 0)} (${fmt(r.idleLongTasks, 0)})`,
    fmt(r.steps, 0),
    r.view === 'curve' ? 'n/a' : fmt(r.maps, 0),
    `${fmt(r.commits, 1)} (${fmt(r.idleCommits, 1)})`,
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const show = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nsummary: medians of ${REPEAT} runs of ${PLAY_MS / 1000} s (playing, with the same page idle beside it)`);
  console.log(show(cols));
  console.log(show(widths.map((w) => '-'.repeat(w))));
  rows.forEach((r) => console.log(show(r)));
  const growth = [];
  for (const view of ['curve', 'contour', 'surface']) {
    const at = (N) => results.find((r) => r.view === view && r.N === N && !r.race);
    const a = at(1000);
    const b = at(10_000);
    if (a && b) growth.push(`${VIEW_LABEL[view]}: p95 ×${fmt(b.p95 / a.p95)}, CPU/frame ×${fmt(b.cpu / a.cpu)}`);
  }
  if (growth.length) console.log(`growth N = 10,000 / N = 1,000 (budget: flat past the worker threshold): ${growth.join('; ')}`);
}
if (loadResults.length) {
  console.log(`\nlink loading: medians of ${REPEAT} loads (ms from navigation start; long tasks > 50 ms, "while loading" = overlapping [progress shown, final count])`);
  for (const r of loadResults) {
    const ok = r.worstDuring <= LOAD_TASK_BUDGET && r.reached === REPEAT;
    console.log(
      `  ${r.name}: first plot ${fmt(r.plot, 0)}, progress ${fmt(r.progress, 0)}, final ${fmt(r.final, 0)} (reached in ${r.reached}/${REPEAT}); ` +
        `long tasks ${fmt(r.longTasks, 0)} (longest ${fmt(r.longest, 0)} ms), while loading ${fmt(r.during, 0)} (longest ${fmt(r.longestDuring, 0)} ms, worst run ${fmt(r.worstDuring, 0)} ms); ` +
        `budget: no task over ${LOAD_TASK_BUDGET} ms while loading — ${ok ? 'ok' : 'OVER'}`,
    );
  }
}
process.exit(0);
