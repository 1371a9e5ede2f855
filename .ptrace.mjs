import { chromium } from '@playwright/test';
const view = process.argv[2] ?? 'curve', N = Number(process.argv[3] ?? 1000);
const num = (v) => String(Number(v.toFixed(2)));
const x = Array.from({ length: N }, (_, m) => Array.from({ length: 3 }, (_, c) => num(Math.sin((1 + 0.37 * c) * m + c))).join(',')).join(';');
const y = Array.from({ length: N }, (_, m) => num(0.5 + 0.4 * Math.sin(0.7 * m))).join(';');
const url = `http://127.0.0.1:4181/#act=sigmoid&x=${x}&y=${y}&w=2,-2,1&eta=0.01&mode=stochastic&speed=1000&view=${view}&axes=1,2`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
if (process.env.STYLE) await page.addStyleTag({ content: process.env.STYLE });
await page.waitForTimeout(1500);
await page.keyboard.press('Space');
await page.waitForTimeout(500);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline.frame', 'disabled-by-default-devtools.timeline.invalidationTracking'] });
await page.waitForTimeout(3000);
const buf = await browser.stopTracing();
await page.keyboard.press('Space');
const ev = JSON.parse(buf.toString()).traceEvents;
const main = ev.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const mine = ev.filter((e) => e.tid === main.tid && e.pid === main.pid && e.ph === 'X');
const tasks = mine.filter((e) => e.name === 'RunTask');
const frames = mine.filter((e) => e.name === 'FireAnimationFrame').length;
const agg = new Map();
for (const e of mine) if (['FunctionCall','FireAnimationFrame','UpdateLayoutTree','Layout','Paint','PrePaint','Commit','MinorGC','MajorGC','ParseHTML','TimerFire','EventDispatch','HitTest','Layerize','UpdateLayer','ScheduleStyleRecalculation','V8.GC_SCAVENGER','RunMicrotasks','v8.run','IntersectionObserverController::computeIntersections','UpdateLayerTree'].includes(e.name)) agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur / 1000);
const total = tasks.reduce((s, t) => s + t.dur / 1000, 0);
console.log(`${view} N=${N}: ${tasks.length} tasks, ${total.toFixed(0)} ms in tasks over 3 s, rAF frames ${frames}; per frame ${(total / frames).toFixed(2)} ms`);
console.log([...agg].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / frames).toFixed(2)}`).join(', '));
const lay = mine.filter((e) => e.name === 'Layout');
console.log('layouts', lay.length, 'dirty avg', (lay.reduce((s, e) => s + (e.args?.beginData?.dirtyObjects ?? 0), 0) / lay.length).toFixed(0), 'total', lay[0]?.args?.beginData?.totalObjects);
const paints = mine.filter((e) => e.name === 'Paint');
const pm = new Map(); for (const e of paints) { const d = e.args?.data ?? {}; const k = `${d.nodeName ?? ''} ${JSON.stringify(d.clip ?? '').slice(0, 60)}`; pm.set(k, (pm.get(k) ?? 0) + 1); }
console.log([...pm].sort((a,b)=>b[1]-a[1]).slice(0, 12).map(([k,v])=>`${v} ${k}`).join('\n'));
const mt = new Map(); for (const e of mine.filter((e) => e.name === 'FunctionCall')) { const d = e.args?.data ?? {}; const k = `${d.functionName || '?'}:${d.lineNumber}`; mt.set(k, (mt.get(k) ?? 0) + e.dur / 1000); }
console.log([...mt].sort((a,b)=>b[1]-a[1]).slice(0, 8).map(([k,v])=>`${(v/frames).toFixed(2)} ${k}`).join(' | '));
const inv = ev.filter((e) => e.name === 'PaintInvalidationTracking' || e.name === 'LayoutInvalidationTracking' || e.name === 'StyleInvalidatorInvalidationTracking' || e.name === 'StyleRecalcInvalidationTracking');
const im = new Map(); for (const e of inv) { const d = e.args?.data ?? {}; const k = `${e.name.replace('InvalidationTracking','')} ${d.reason ?? ''} ${d.nodeName ?? ''}`; im.set(k, (im.get(k) ?? 0) + 1); }
console.log([...im].sort((a,b)=>b[1]-a[1]).slice(0, 16).map(([k,v])=>`${v} ${k}`).join('\n'));
await browser.close();
