import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import fc from 'fast-check';
import { RULES, checkDocument } from '../check/index.js';
import type { Document, Finding, Row, Table } from '../model/index.js';
import { readDocument } from '../read/index.js';
import { type BudgetOptions, generateBudget } from './index.js';
import { sampleFiles } from './files.js';
import { SAMPLE_SPECS } from './specs.js';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));

function readAndCheck(opts: BudgetOptions, file = 'sample.txt'): { doc: Document; findings: Finding[]; seeded: ReturnType<typeof generateBudget>['seeded']; g: ReturnType<typeof generateBudget> } {
  const g = generateBudget(opts);
  const r = readDocument(new TextEncoder().encode(g.text), file);
  if (!r.ok) throw new Error(r.error.message);
  return { doc: r.document, findings: checkDocument(r.document, RULES), seeded: g.seeded, g };
}

const describe = (f: Finding): string => `${f.severity} ${f.rule} line ${f.location.line} ${JSON.stringify(f.params)}`;

// Independent of the generator's own formatting: hundredths of 万元 printed with BigInt.
const wan = (c: number): string => {
  const b = BigInt(c);
  return `${b / 100n}.${String(b % 100n).padStart(2, '0')}`;
};

const table = (doc: Document, kind: Table['kind']): Table => {
  const t = doc.tables.find((x) => x.kind === kind);
  assert.ok(t, `table ${kind} read`);
  return t;
};
const rowNamed = (t: Table, name: string): Row => {
  const r = t.rows.find((x) => x.name === name);
  assert.ok(r, `row ${name} in ${t.title}`);
  return r;
};

const clean = SAMPLE_SPECS.filter((s) => !s.options.mistakes?.length);
const withMistakes = SAMPLE_SPECS.find((s) => s.options.mistakes?.length);

test('clean samples read with all 13 tables and one form per project, and have no error or warning', () => {
  assert.ok(clean.length >= 2);
  for (const spec of clean) {
    const { doc, findings, g } = readAndCheck(spec.options);
    assert.equal(doc.template, 'shanxi-budget', spec.stem);
    assert.equal(doc.kind, 'budget');
    assert.equal(doc.body.name, g.data.bodyName);
    assert.equal(doc.year, 2026);
    assert.equal(doc.tables.length, 13);
    assert.equal(doc.forms.projects.length, g.data.projects.length);
    assert.equal(doc.forms.departmentTargets.length, 1);
    assert.ok((doc.contents?.length ?? 0) > 30, 'the 目录 is read');
    assert.equal(doc.narrative.sections.length > 0, true);
    assert.deepEqual(doc.diagnostics.filter((x) => x.severity !== 'info'), []);
    assert.deepEqual(findings.filter((f) => f.severity !== 'info').map(describe), [], spec.stem);
    // What is left is information, figures no table of a budget restates: the per-项 sentences of 五（三） (the rule
    // ties 项 only in Shanghai documents), 政府采购 and 绩效 project amounts (no such table in a budget; the counts and
    // amounts of 绩效 are checked by performance-counts-match), and the 50/100万元 thresholds of 国有资产.
    for (const f of findings) assert.equal(`${f.rule}:${f.params['kind']}`, 'narrative-matches-tables:untied', describe(f));
  }
});

test('the tables read back with the amounts the generator put in', () => {
  const spec = clean[0]!;
  const { doc, g } = readAndCheck(spec.options);
  const d = g.data;
  // 表6 合计: every economic item of every unit; 人员经费 the 301 and 303 items.
  let all = 0;
  let personnel = 0;
  for (const u of d.units)
    for (const [code, v] of u.econ) {
      all += v;
      if (code.startsWith('301') || code.startsWith('303')) personnel += v;
    }
  const econ = table(doc, 'gpb-basic-economic');
  const total = econ.rows.find((r) => r.role === 'grand-total');
  assert.equal(total?.cells['total']?.amount?.value, wan(all));
  assert.equal(total?.cells['personnel']?.amount?.value, wan(personnel));
  assert.equal(total?.cells['public']?.amount?.value, wan(all - personnel));
  // 表12: each project at its amount; the body row is basic aside the whole of them.
  const projects = table(doc, 'project-expenditure');
  for (const p of d.projects) assert.equal(rowNamed(projects, p.name).cells['total']?.amount?.value, wan(p.amount), p.name);
  assert.equal(projects.rows.find((r) => r.role === 'grand-total')?.cells['total']?.amount?.value, wan(d.projects.reduce((a, p) => a + p.amount, 0)));
  // 表3 合计 = basic + projects; 表10 公务接待费 = the body's 30217; 表11 部门合计 = 公用经费 of 行政 and 参公 units.
  const expenditure = table(doc, 'budget-expenditure');
  assert.equal(expenditure.rows.find((r) => r.role === 'grand-total')?.cells['total']?.amount?.value, wan(all + d.projects.reduce((a, p) => a + p.amount, 0)));
  assert.equal(rowNamed(table(doc, 'three-public'), '公务接待费').cells['total']?.amount?.value, wan(d.units[0]!.econ.get('30217')!));
  let operating = 0;
  for (const u of d.units) if (u.kind !== 'inst') for (const [code, v] of u.econ) if (code.startsWith('302')) operating += v;
  assert.equal(rowNamed(table(doc, 'admin-operating'), '部门合计').cells['total']?.amount?.value, wan(operating));
  // A project form's 年度资金总额 in 元 is its 万元 amount × 10,000.
  const p0 = d.projects[0]!;
  const form = doc.forms.projects.find((f) => f.projectName === p0.name);
  assert.equal(form?.funding?.year?.total?.value, String(p0.amount * 100));
});

test('the mistakes sample shows exactly its seeded errors, each at the line it was written on', () => {
  assert.ok(withMistakes);
  const { findings, seeded } = readAndCheck(withMistakes.options);
  assert.equal(seeded.length, withMistakes.options.mistakes?.length);
  assert.deepEqual(findings.filter((f) => f.severity === 'warning').map(describe), []);
  const errors = findings.filter((f) => f.severity === 'error');
  const lines = new Set(seeded.map((s) => s.line));
  // Each error is at a seeded line, or (a narrative restating a wrong table cell) names one as related.
  for (const e of errors) assert.ok(lines.has(e.location.line) || (e.related ?? []).some((p) => lines.has(p.line)), describe(e));
  const expected: Record<string, string> = {
    'table-total': 'row-total-equals-parts',
    'three-public-sum': 'three-public-sums',
    'narrative-figure': 'narrative-matches-tables',
    'form-funding': 'form-matches-project-table',
  };
  for (const s of seeded) assert.ok(errors.some((e) => e.rule === expected[s.mistake] && e.location.line === s.line), `${s.mistake} at line ${s.line}`);
});

test('generation is deterministic and the seed changes the numbers', () => {
  const opts: BudgetOptions = { region: '西河县', sector: 'housing', bodyCode: '031', year: 2025, seed: 11 };
  assert.equal(generateBudget(opts).text, generateBudget(opts).text);
  assert.notEqual(generateBudget({ ...opts, seed: 12 }).text, generateBudget(opts).text);
});

test('any seed, sector, region, year and scale gives a package without an error-level finding', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 2 ** 31 }),
      fc.constantFrom('commerce' as const, 'housing' as const, 'emergency' as const),
      fc.constantFrom('东岭市', '北川县', '南屏市', '西河县'),
      fc.integer({ min: 2021, max: 2030 }),
      fc.constantFrom(0.5, 1, 2, 4),
      (seed, sector, region, year, scale) => {
        const { findings } = readAndCheck({ region, sector, bodyCode: '099', year, seed, scale });
        const bad = findings.filter((f) => f.severity === 'error');
        assert.deepEqual(bad.map(describe), []);
      },
    ),
    { numRuns: 40 },
  );
});

test('samples/ holds exactly a fresh generation (UPDATE=1 or npm run samples regenerates it)', () => {
  for (const f of sampleFiles()) {
    const path = join(SAMPLES, f.name);
    if (process.env['UPDATE'] === '1') writeFileSync(path, f.content);
    assert.equal(readFileSync(path, 'utf8'), f.content, `${f.name} differs from a fresh generation`);
  }
});
