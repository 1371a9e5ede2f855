/**
 * What the first paint downloads (npm run size): the scripts and style sheets dist/index.html
 * loads itself — its module script, the chunks it preloads, its CSS — gzipped one by one as a
 * server would send them, against the budget of 200 KB. Chunks loaded later (KaTeX, the sweep,
 * the data view, the export encoders, the workers) are listed apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = join(process.cwd(), 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const first = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const kb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
let total = 0;
for (const f of first) {
  const size = kb(f);
  total += size;
  console.log(`  first paint  ${size.toFixed(1).padStart(6)} KB  ${f}`);
}
for (const f of readdirSync(join(dist, 'assets')).map((n) => `assets/${n}`).filter((n) => /\.(js|css)$/.test(n) && !first.includes(n))) {
  console.log(`  later        ${kb(f).toFixed(1).padStart(6)} KB  ${f}`);
}
console.log(`first paint: ${total.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB: ${total <= BUDGET_KB ? 'ok' : 'OVER'})`);
