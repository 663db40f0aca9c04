// Acceptance (property-based): whatever it is given — arbitrary strings, arbitrary bytes, corpus documents
// with lines deleted, duplicated, swapped, tabs dropped or inserted, lines truncated, garbage inserted, digits
// replaced — the reader never throws, and returns either a document that passes DocumentSchema.parse or an
// error with a position. A second check per property: an `internal` error (a reader crash caught by
// readText) is reported separately, since it means the reader failed on text it should have read.
// Runs are reproducible (fixed seed); set FC_SEED to explore other inputs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DocumentSchema } from '../../src/model/document.js';
import { readDocument, readText } from '../../src/read/index.js';
import type { ReadResult } from '../../src/read/index.js';
import { corpusBytes } from '../corpus.js';
import { ALL_DOCS, SHB25, SHF24, sourceText } from './support.js';

/** Why a read outcome breaks the contract, or undefined when it keeps it. */
function contractProblem(call: () => ReadResult): string | undefined {
  let r: ReadResult;
  try {
    r = call();
  } catch (e) {
    return `threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
  }
  if (r.ok) {
    const p = DocumentSchema.safeParse(r.document);
    return p.success ? undefined : `document does not conform to DocumentSchema: ${p.error.message.slice(0, 600)}`;
  }
  if (!r.error.pos) return `error without position: ${r.error.code} ${r.error.message}`;
  if (!(r.error.pos.line >= 1)) return `error position has no line: ${JSON.stringify(r.error.pos)}`;
  return undefined;
}

const internalErrors = new Map<string, string[]>();

function noteInternal(property: string, call: () => ReadResult, input: string): void {
  try {
    const r = call();
    if (!r.ok && r.error.code === 'internal') {
      const list = internalErrors.get(property) ?? [];
      if (list.length < 5) list.push(`${r.error.message.slice(0, 200)} — input starts ${JSON.stringify(input.slice(0, 120))}`);
      internalErrors.set(property, list);
    }
  } catch {
    // a throw is reported by contractProblem
  }
}

/** Run a property that must keep the contract; also note internal errors under the property's name. */
function checkContract<T>(name: string, arb: fc.Arbitrary<T>, call: (v: T) => ReadResult, describe: (v: T) => string, numRuns: number): void {
  fc.assert(
    fc.property(arb, (v) => {
      const problem = contractProblem(() => call(v));
      if (problem !== undefined) throw new Error(problem);
      noteInternal(name, () => call(v), describe(v));
    }),
    { numRuns, seed: Number(process.env.FC_SEED ?? 20260301) },
  );
}

// ---------------------------------------------------------------- arbitrary input

const TOKENS = [
  '\t', '\n', '\r\n', ' ', '表', '合计', '项目', '单位：万元', '单位：元', '部门名称：', '2240101', '224', '22401', '行政运行',
  '4558.02', '4,558.02', '0.00', '—', '———', '本表无数据', '注：', '项目名称', '绩效指标', '产出指标', '数量指标', '≥200家',
  '项目支出绩效目标表', '整体支出绩效自评表', '2026年预算收支总表', '收入决算表', '公开01表', '第三部分', '一、', '（一）',
  '万元，占85.91%', '比上年增加139.31万元，增长3.15%', '# ', '<b>', '</b>', '仅供内部审核', '\f', '201   13   01', '\u3000', '①',
];

const textish = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 120 }).map((parts) => parts.join('')),
);

test('robustness: arbitrary strings never throw; document conforms or error has a position', () => {
  checkContract('strings', textish, (s) => readText(s, 'arbitrary.txt'), (s) => s, 200);
});

test('robustness: arbitrary bytes never throw; document conforms or error has a position', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 1500 }),
    textish.map((s) => new TextEncoder().encode(s)),
    // a corpus prefix with bytes flipped: often invalid UTF-8 in the middle of a character
    fc.tuple(fc.constantFrom(...ALL_DOCS.filter((n) => !n.endsWith('.pdf'))), fc.nat(20000), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 8 })).map(
      ([name, len, flips]) => {
        const b = Uint8Array.from(corpusBytes(name).subarray(0, 200 + len));
        for (const [at, v] of flips) if (b.length > 0) b[at % b.length] = v;
        return b;
      },
    ),
  );
  checkContract('bytes', bytes, (b) => readDocument(b, 'arbitrary.bin'), (b) => Buffer.from(b.subarray(0, 60)).toString('hex'), 150);
});

test('robustness: a PDF given as bytes is an error with a position, not a crash', () => {
  for (const name of [SHB25, SHF24]) {
    const r = readDocument(corpusBytes(name), name);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.code, 'pdf');
      assert.ok(r.error.pos && r.error.pos.line >= 1);
    }
  }
});

// ---------------------------------------------------------------- mutated corpus lines

type Mutation =
  | { op: 'delete'; i: number }
  | { op: 'duplicate'; i: number }
  | { op: 'swap'; i: number; j: number }
  | { op: 'dropTabs'; i: number }
  | { op: 'insertTab'; i: number; at: number }
  | { op: 'truncate'; i: number; at: number }
  | { op: 'garbage'; i: number; at: number; text: string }
  | { op: 'digits'; i: number; shift: number };

const GARBAGE = ['\t', '\uFFFD', '\u0000', '，', '（', '）', '：', '表', '万元', '合计', '-', ',', '.', '%', '①', '😀', '\u200b', '\f', '\r', '<b>', '#'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ op: fc.constant('dropTabs' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('insertTab' as const), i: fc.nat(), at: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), i: fc.nat(), at: fc.nat() }),
  fc.record({
    op: fc.constant('garbage' as const),
    i: fc.nat(),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...GARBAGE), fc.string({ unit: 'binary', maxLength: 4 })),
  }),
  fc.record({ op: fc.constant('digits' as const), i: fc.nat(), shift: fc.integer({ min: 1, max: 9 }) }),
);

function mutate(lines: string[], ms: readonly Mutation[]): string[] {
  const out = [...lines];
  for (const m of ms) {
    if (out.length === 0) break;
    const i = m.i % out.length;
    const line = out[i] ?? '';
    switch (m.op) {
      case 'delete':
        out.splice(i, 1);
        break;
      case 'duplicate':
        out.splice(i, 0, line);
        break;
      case 'swap': {
        const j = m.j % out.length;
        out[i] = out[j] ?? '';
        out[j] = line;
        break;
      }
      case 'dropTabs':
        out[i] = line.replace(/\t/g, '');
        break;
      case 'insertTab': {
        const at = m.at % (line.length + 1);
        out[i] = line.slice(0, at) + '\t' + line.slice(at);
        break;
      }
      case 'truncate':
        out[i] = line.slice(0, m.at % (line.length + 1));
        break;
      case 'garbage': {
        const at = m.at % (line.length + 1);
        out[i] = line.slice(0, at) + m.text + line.slice(at);
        break;
      }
      case 'digits':
        out[i] = line.replace(/\d/g, (c) => String((Number(c) + m.shift) % 10));
        break;
    }
  }
  return out;
}

const corpusLines = new Map<string, string[]>(ALL_DOCS.map((n) => [n, sourceText(n).split('\n')]));
const linesOf = (name: string): string[] => corpusLines.get(name) ?? [];

/** Read mutated text the way the document is read: text files as bytes, PDFs as layout text. */
function readMutated(name: string, text: string): ReadResult {
  return name.endsWith('.pdf') ? readText(text, name) : readDocument(new TextEncoder().encode(text), name);
}

test('robustness: windows of corpus lines (1–120 lines) with mutations', () => {
  const windowed = fc.record({
    name: fc.constantFrom(...ALL_DOCS),
    start: fc.nat(),
    length: fc.integer({ min: 1, max: 120 }),
    ms: fc.array(mutation, { maxLength: 12 }),
  });
  checkContract(
    'windows',
    windowed,
    ({ name, start, length, ms }) => {
      const all = linesOf(name);
      const s = start % Math.max(1, all.length);
      return readMutated(name, mutate(all.slice(s, s + length), ms).join('\n'));
    },
    ({ name, start, length }) => `${name} from ${start} for ${length}`,
    200,
  );
});

for (const name of ALL_DOCS) {
  test(`robustness: whole document with 1–25 mutations: ${name}`, () => {
    checkContract(
      `whole ${name}`,
      fc.array(mutation, { minLength: 1, maxLength: 25 }),
      (ms) => readMutated(name, mutate(linesOf(name), ms).join('\n')),
      (ms) => `${name} ${JSON.stringify(ms).slice(0, 200)}`,
      30,
    );
  });
}

test('robustness: no input above made the reader crash (an `internal` error is a reader failure)', () => {
  const report = [...internalErrors.entries()].map(([k, v]) => `${k}:\n  ${v.join('\n  ')}`);
  assert.equal(report.length, 0, `internal reader errors:\n${report.join('\n')}`);
});
