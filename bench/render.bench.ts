import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { readDocument } from '../src/read/index.js';
import { launchChromium } from '../src/render/publish/chromium.js';
import { publishDocx } from '../src/render/publish/docx.js';
import { publishHtml } from '../src/render/publish/html.js';
import { printTree } from '../src/render/publish/pdf.js';
import { publishTree } from '../src/render/publish/tree.js';
import { publishXlsx } from '../src/render/publish/xlsx.js';
import { corpusBytes } from '../test/corpus.js';

// Render time per format for 山西 2026, model → file, median of a few runs. The PDF (and the HTML with its contents'
// page numbers) needs two Chromium prints; timed with a browser kept open (as a server would) and from a cold start
// (launch included, as one `gongkai render` does). Not a test: figures only.
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const NAME = 'shanxi-emergency-2026-budget.txt';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
async function time(runs: number, f: () => unknown): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const r = readDocument(corpusBytes(NAME), NAME);
if (!r.ok) throw new Error(r.error.message);
const doc = r.document;
const rows: string[] = [];
const row = (label: string, ms: number): number => rows.push(`${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms`);
row('tree (model → publish tree)', await time(50, () => publishTree(doc)));
const tree = publishTree(doc);
row('html, no page numbers (tree → HTML)', await time(50, () => publishHtml(tree)));
row('docx (tree → Word document)', await time(RUNS, () => publishDocx(tree)));
row('xlsx (tree → workbook, totals as formulas)', await time(RUNS, () => publishXlsx(tree)));
const browser = await launchChromium();
try {
  await printTree(tree, { browser }); // warm-up: fonts and the renderer process
  row('pdf, browser open (two prints)', await time(RUNS, () => printTree(tree, { browser })));
  row('html with page numbers, browser open', await time(RUNS, async () => (await printTree(tree, { browser })).html));
} finally {
  await browser.close();
}
row('pdf, cold (launch + two prints + close)', await time(Math.min(RUNS, 3), () => printTree(tree)));
const load = loadavg().map((x) => x.toFixed(1)).join(' ');
process.stdout.write(`gongkai render benchmark, ${NAME} (median of ${RUNS} runs, node ${process.version}, load average ${load})\n${rows.join('\n')}\n`);
