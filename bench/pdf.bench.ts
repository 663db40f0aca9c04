import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { checkDocument } from '../src/check/index.js';
import { readFile } from '../src/read/document.js';
import { readPageTexts } from '../src/read/formats/pdf/index.js';
import { DEFAULT_LIMITS } from '../src/read/formats/types.js';
import { PDF_DOCS, corpusBytes, corpusPath } from '../test/corpus.js';

// Reading a PDF directly (pdf.js text layer → layout text → model) and checking it, per document and per page,
// next to `pdftotext -layout` on the same file measured in the same run (a process per run, as a user runs it).
// Targets (issue 6): at most 3× pdftotext and 0.5 s per document. Figures only, not a test.
const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time(f: () => unknown): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

const rows: string[] = [];
// The first PDF in a process also loads pdf.js and compiles it; reported apart.
const first = PDF_DOCS[0];
if (first) rows.push(`cold (first PDF in the process, pdf.js loaded): ${(await time(() => readFile(corpusBytes(first), first))).toFixed(0)} ms`);
for (const name of PDF_DOCS) {
  const bytes = corpusBytes(name);
  for (let i = 0; i < 3; i++) checkDocument(await read(bytes, name));
  const pdftotext: number[] = [];
  const textLayer: number[] = [];
  const readCheck: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    pdftotext.push(await time(() => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', corpusPath(name), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })));
    textLayer.push(await time(() => readPageTexts(bytes, { limits: DEFAULT_LIMITS })));
    readCheck.push(
      await time(async () => {
        const d = await read(bytes, name);
        pages = d.source.pageCount ?? 0;
        checkDocument(d);
      }),
    );
  }
  const p = median(pdftotext);
  const t = median(textLayer);
  const rc = median(readCheck);
  rows.push(
    `${name.padEnd(50)} ${String(pages).padStart(3)} pages  pdftotext -layout ${p.toFixed(0).padStart(4)} ms  ` +
      `direct read+check ${rc.toFixed(0).padStart(4)} ms (text layer ${t.toFixed(0)} ms) = ${(rc / p).toFixed(1)}× pdftotext, ` +
      `${(rc / Math.max(1, pages)).toFixed(1)} ms/page (pdftotext ${(p / Math.max(1, pages)).toFixed(1)})`,
  );
}
process.stdout.write(`gongkai direct PDF reading (${RUNS} runs each, medians, node ${process.version}; targets ≤ 3× pdftotext, ≤ 500 ms/document)\n${rows.join('\n')}\n`);

async function read(bytes: Uint8Array, name: string): Promise<import('../src/model/document.js').Document> {
  const r = await readFile(bytes, name);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.document;
}
