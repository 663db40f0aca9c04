import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { readDocument } from '../src/read/index.js';
import { PDF_DOCS, TEXT_DOCS, corpusPath, corpusText } from '../test/corpus.js';

// Parse time per corpus document, bytes to model as `gongkai parse` does it (decode, hash, read): warm up,
// then take the median of repeated runs. Not a test: figures only.
const RUNS = Number(process.env['BENCH_RUNS'] ?? 40);

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
for (const { name, text } of inputs) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = readDocument(text, name);
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  }
  const med = median(times);
  medians.push(med);
  rows.push(`${name.padEnd(62)} ${String(text.filter((b) => b === 10).length + 1).padStart(6)} lines  median ${med.toFixed(2).padStart(7)} ms  min ${Math.min(...times).toFixed(2).padStart(7)} ms`);
}
process.stdout.write(`gongkai parse benchmark (${RUNS} runs each, node ${process.version})\n${rows.join('\n')}\n`);
process.stdout.write(`median over documents: ${median(medians).toFixed(2)} ms per document\n`);
process.stdout.write(`first parse in a fresh process (JIT cold): ${cold.join('; ')}\n`);
