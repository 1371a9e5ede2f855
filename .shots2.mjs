import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4180/';
const shots = JSON.parse(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const s of shots) {
  const ctx = await browser.newContext({ viewport: { width: s.w, height: s.h }, hasTouch: !!s.touch, isMobile: !!s.touch });
  if (!s.guide) await ctx.addInitScript(() => localStorage.setItem('error-bowl:guide-seen', '1'));
  const page = await ctx.newPage();
  const errs = [];
  page.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
  await page.goto(base + s.url);
  await page.waitForSelector('.plot-slot svg, .plot-slot canvas');
  for (const k of s.keys ?? []) await page.keyboard.press(k);
  await page.waitForTimeout(900);
  await page.screenshot({ path: `/tmp/shots/${s.name}.png` });
  console.log(s.name, errs.length ? errs : 'ok');
  await ctx.close();
}
await browser.close();
