import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { type StoreLocation, openStore } from '../src/store/index.js';
import { variants } from './variants.js';

// `npm run load`: import N synthetic variants, serve the API on loopback (worker thread), drive it with autocannon
// (50 connections, bounded in time and count) and check p95 targets. Never part of the test suite.
const N = Number(process.env['LOAD_DOCS'] ?? 1000);
const SECONDS = Number(process.env['LOAD_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['LOAD_CONNECTIONS'] ?? 50);
const MAX_REQUESTS = 200_000;
const SEARCHES = ['安全生产', '应急救援', '培训', '宣传', '演练'];

const url = process.env['DATABASE_URL'];
const dir = url ? undefined : mkdtempSync(join(tmpdir(), 'gongkai-load-'));
const at: StoreLocation = url ? { url } : { dataDir: dir ?? '' };
const fmt = (ms: number) => ms.toFixed(1).padStart(7);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** Nearest-rank percentile of recorded latencies (ms). */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function importAll(): Promise<number[]> {
  const store = await openStore(at);
  const ids: number[] = [];
  const t0 = performance.now();
  try {
    for (const [i, v] of variants(N).entries()) {
      const r = await store.importFile(v.name, new TextEncoder().encode(v.text));
      if ((r.status !== 'imported' && r.status !== 'duplicate') || r.documentId === undefined) throw new Error(`${v.name}: ${r.status} ${r.message ?? ''}`);
      ids.push(r.documentId);
      if ((i + 1) % 100 === 0) process.stdout.write(`  imported ${i + 1}/${N} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
    }
  } finally {
    await store.close();
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`import: ${N} documents in ${s.toFixed(1)} s (${(N / s).toFixed(1)} documents/s, ${((s * 1000) / N).toFixed(0)} ms each)`);
  return ids;
}

function startServer(): Promise<{ port: number; stop: () => Promise<void> }> {
  const worker = new Worker(new URL('./load-server.js', import.meta.url), { workerData: at });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (m: { port: number }) =>
      resolve({
        port: m.port,
        stop: () =>
          new Promise<void>((done) => {
            worker.once('message', () => void worker.terminate().then(() => done()));
            worker.postMessage('stop');
          }),
      }),
    );
  });
}

interface Target {
  name: string;
  paths: (i: number) => string;
  p95: number;
}

async function run(port: number, t: Target): Promise<boolean> {
  let n = 0;
  const latencies: number[] = [];
  const before = load();
  const cpu0 = process.cpuUsage();
  const inst = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    maxOverallRequests: MAX_REQUESTS,
    timeout: 10,
    // As a browser asks: gzip accepted (the stored pages are sent as they are kept).
    requests: [{ setupRequest: (req) => ({ ...req, method: 'GET', path: t.paths(n++), headers: { 'accept-encoding': 'gzip, deflate, br' } }) }],
  });
  inst.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const r = await inst;
  const cpu = process.cpuUsage(cpu0);
  const errors = r.errors + r.timeouts;
  const answered = latencies.length;
  // A request that failed or timed out has no latency: count it as infinitely slow, so it can only raise a percentile.
  for (let i = 0; i < errors; i++) latencies.push(Infinity);
  latencies.sort((a, b) => a - b);
  const p95 = percentile(latencies, 95);
  const ok = p95 <= t.p95 && errors === 0 && r.non2xx === 0;
  console.log(
    `${t.name.padEnd(34)} n=${String(answered).padStart(6)}  ${(answered / r.duration).toFixed(0).padStart(5)} req/s  ` +
      `p50 ${fmt(percentile(latencies, 50))}  p95 ${fmt(p95)}  p99 ${fmt(percentile(latencies, 99))}  max ${fmt(latencies.at(-1) ?? NaN)} ms  ` +
      `errors+timeouts ${errors} (as ∞)  non-2xx ${r.non2xx}  target p95 ≤ ${t.p95} ms: ${ok ? 'met' : 'MISSED'}`,
  );
  console.log(`${''.padEnd(34)} load average ${before} → ${load()} (${cpus().length} CPUs); whole process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s over ${r.duration.toFixed(1)} s`);
  return ok;
}

console.log(`load: ${N} variant documents, ${CONNECTIONS} connections, ${SECONDS} s (at most ${MAX_REQUESTS} requests) per endpoint, ${url ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dir}`}; load average ${load()}`);
let allOk = false;
try {
  const ids = await importAll();
  const server = await startServer();
  const id = (i: number) => ids[i % ids.length] ?? 1;
  try {
    const targets: Target[] = [
      { name: 'GET /api/documents/:id', paths: (i) => `/api/documents/${id(i)}`, p95: 100 },
      { name: 'GET /api/documents/:id/findings', paths: (i) => `/api/documents/${id(i)}/findings`, p95: 100 },
      { name: 'GET /api/documents/:id/tables', paths: (i) => `/api/documents/${id(i)}/tables`, p95: 100 },
      { name: `GET /api/search?q=(${SEARCHES.length} terms)`, paths: (i) => `/api/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length] ?? '')}`, p95: 200 },
    ];
    // One request per term, one at a time: the uncached cost of a search (the store then keeps the result).
    for (const q of SEARCHES) {
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${server.port}/api/search?q=${encodeURIComponent(q)}`);
      const { total } = (await res.json()) as { total: number };
      console.log(`first search ${q}: ${total} hits, ${(performance.now() - t0).toFixed(0)} ms alone (uncached)`);
    }
    const oks: boolean[] = [];
    for (const t of targets) oks.push(await run(server.port, t));
    allOk = oks.every(Boolean);
  } finally {
    await server.stop();
  }
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
console.log(allOk ? 'load: all targets met' : 'load: a target was missed');
process.exitCode = allOk ? 0 : 1;
