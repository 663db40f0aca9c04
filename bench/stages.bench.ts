import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createContext } from '../src/read/context.js';
import { findFormBlocks, readForms } from '../src/read/forms/index.js';
import { readLayoutText } from '../src/read/layout/index.js';
import { readOcrMarkdown } from '../src/read/lines/ocr-markdown.js';
import { readTsvText } from '../src/read/lines/tsv.js';
import type { LineSource } from '../src/read/lines/types.js';
import { readNarrative } from '../src/read/narrative/index.js';
import { findTableBlocks, readTables } from '../src/read/tables/index.js';
import { tocLineIndexes } from '../src/read/toc.js';
import { PDF_DOCS, TEXT_DOCS, corpusPath, corpusText } from '../test/corpus.js';

// Median time of each reading stage per corpus document, to see where parse time goes.
const RUNS = Number(process.env['BENCH_RUNS'] ?? 60);
type Stage = 'lines' | 'toc' | 'tableBlocks' | 'tables' | 'formBlocks' | 'forms' | 'narrative';
const STAGES: Stage[] = ['lines', 'toc', 'tableBlocks', 'tables', 'formBlocks', 'forms', 'narrative'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

const docs: { name: string; read: () => LineSource }[] = TEXT_DOCS.map((name) => {
  const text = corpusText(name);
  return { name, read: () => (name.endsWith('.md') ? readOcrMarkdown(text, name) : readTsvText(text, name)) };
});
for (const name of PDF_DOCS) {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', corpusPath(name), '-'], { encoding: 'utf8' });
  docs.push({ name, read: () => readLayoutText(text, name) });
}

const only = process.argv[2];
// Warm every reader on every document first so that the first document is not timed while the JIT compiles.
for (let i = 0; i < 20; i++)
  for (const doc of docs) {
    const src = doc.read();
    const ctx = createContext(doc.name, src.format);
    readTables(src.lines, findTableBlocks(src.lines), ctx);
    readForms(src.lines, findFormBlocks(src.lines), ctx);
    readNarrative(src.lines, ctx);
  }
for (const doc of docs.filter((d) => !only || d.name.includes(only))) {
  const times = Object.fromEntries(STAGES.map((s) => [s, [] as number[]])) as Record<Stage, number[]>;
  for (let run = 0; run < RUNS + 5; run++) {
    const keep = run >= 5;
    const lap = <T>(stage: Stage, f: () => T): T => {
      const t0 = performance.now();
      const out = f();
      if (keep) times[stage].push(performance.now() - t0);
      return out;
    };
    const src = lap('lines', doc.read);
    const ctx = createContext(doc.name, src.format);
    const toc = lap('toc', () => tocLineIndexes(src.lines));
    const tb = lap('tableBlocks', () => findTableBlocks(src.lines));
    lap('tables', () => readTables(src.lines, tb, ctx));
    const fb = lap('formBlocks', () => findFormBlocks(src.lines));
    lap('forms', () => readForms(src.lines, fb, ctx));
    const taken = new Set<number>(toc);
    for (const b of [...tb, ...fb]) for (let i = b.start; i < b.end; i++) taken.add(i);
    lap('narrative', () => readNarrative(src.lines.filter((_, i) => !taken.has(i)), ctx));
  }
  const cols = STAGES.map((s) => `${s} ${median(times[s]).toFixed(2)}`).join('  ');
  const total = STAGES.reduce((a, s) => a + median(times[s]), 0);
  process.stdout.write(`${doc.name.padEnd(50)} ${cols}  | sum ${total.toFixed(2)} ms\n`);
}
