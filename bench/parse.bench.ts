import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { checkDocument } from '../src/check/index.js';
import { readDocument } from '../src/read/index.js';
import { PDF_DOCS, TEXT_DOCS, corpusPath, corpusText } from '../test/corpus.js';

// Parse and check time per corpus document, bytes to model to findings as `gongkai check` does it (decode, hash,
// read, run every rule): warm up, then take the median of repeated runs. Not a test: figures only.
const RUNS = Number(process.env['BENCH_RUNS'] ?? 150);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const inputs: { name: string; text: Uint8Array }[] = TEXT_DOCS.map((name) => ({ name, text: Buffer.from(corpusText(name)) }));
for (const name of PDF_DOCS) {
  try {
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', corpusPath(name), '-'], { encoding: 'utf8' });
    inputs.push({ name: `${name} (pdftotext -layout)`, text: Buffer.from(text) });
  } catch {
    process.stderr.write(`bench: pdftotext not available, skipping ${name}\n`);
  }
}

// The first parse in a process is dominated by the JIT compiling the readers; report it apart, then warm
// every document up before measuring the steady state that a server or a batch import sees.
const cold: string[] = [];
for (const { name, text } of inputs) {
  const t0 = performance.now();
  readDocument(text, name);
  cold.push(`${name}: ${(performance.now() - t0).toFixed(1)} ms`);
}
for (let i = 0; i < 20; i++) for (const { name, text } of inputs) readDocument(text, name);

const rows: string[] = [];
const medians: number[] = [];
const checkMedians: number[] = [];
for (const { name, text } of inputs) {
  const parse: number[] = [];
  const both: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = readDocument(text, name);
    const t1 = performance.now();
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    checkDocument(r.document);
    const t2 = performance.now();
    parse.push(t1 - t0);
    both.push(t2 - t0);
  }
  medians.push(median(parse));
  checkMedians.push(median(both));
  const lines = String(text.filter((b) => b === 10).length + 1).padStart(6);
  rows.push(`${name.padEnd(62)} ${lines} lines  parse ${median(parse).toFixed(2).padStart(6)} ms  parse+check ${median(both).toFixed(2).padStart(6)} ms  (min ${Math.min(...both).toFixed(2)})`);
}
const semi = process.execArgv.find((a) => a.startsWith('--max-semi-space-size'));
const heap = semi ? `young generation ${semi.split('=')[1]} MB semi-spaces, as bin/gongkai.js runs` : "node's default young generation";
process.stdout.write(`gongkai parse + check benchmark (${RUNS} runs each, node ${process.version}, ${heap})\n${rows.join('\n')}\n`);
process.stdout.write(`median over documents: parse ${median(medians).toFixed(2)} ms, parse+check ${median(checkMedians).toFixed(2)} ms per document\n`);
process.stdout.write(`first parse in a fresh process (JIT cold): ${cold.join('; ')}\n`);
