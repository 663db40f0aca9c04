import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import type { Document, NarrativeSection } from '../../model/index.js';
import { readDocument, readText } from '../../read/index.js';
import { threePublicDisclosed } from './three-public-disclosed.js';

const read = (name: string): Document => {
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  return r.document;
};

// Removes the amount facts about one topic everywhere, as if the sentence had not stated it.
const dropTopic = (ss: readonly NarrativeSection[], topic: string): NarrativeSection[] =>
  ss.map((s) => ({ ...s, facts: s.facts.filter((f) => f.subject?.topic !== topic), children: dropTopic(s.children, topic) }));

test('a budget without 公务接待费, 机关运行经费 and 政府采购工程 gets one warning for each', () => {
  const doc = read('yangquan-emergency-2026-budget.txt');
  const { adminOperating: _a, procurement, ...rest } = doc;
  assert.ok(procurement);
  const { works: _w, ...proc } = procurement;
  const cut: Document = { ...rest, procurement: proc, narrative: { sections: dropTopic(doc.narrative.sections, '公务接待费') } };
  const fs = threePublicDisclosed.check(cut);
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.expected, f.location.line]), [
    ['missing-three-public-item', '公务接待费', 494],
    ['missing-admin-operating', '机关运行经费', 506],
    ['missing-procurement-item', 'works', 512],
  ]);
});

test('an amount outside the 三公 section does not count, and no procurement at all is one warning', () => {
  const doc = read('yangquan-emergency-2026-budget.txt');
  const { procurement: _p, ...rest } = doc;
  const sections = doc.narrative.sections.map((s) => ({ ...s, children: s.children.filter((c) => !/三公/.test(c.title)) }));
  const fs = threePublicDisclosed.check({ ...rest, narrative: { sections } });
  assert.deepEqual(fs.map((f) => f.params['kind']), [...Array<string>(6).fill('missing-three-public-item'), 'missing-procurement']);
  // Without a 三公 section the findings point at 第三部分 (line 448); 政府采购 at its section 九 (line 510).
  assert.deepEqual(fs.map((f) => f.location.line), [448, 448, 448, 448, 448, 448, 510]);
});

test('final accounts and forms-only documents are not checked', () => {
  assert.deepEqual(threePublicDisclosed.check(read('yangquan-emergency-2024-final-accounts.txt')), []);
  assert.deepEqual(threePublicDisclosed.check(read('jinzhong-emergency-2022-performance-targets.txt')), []);
});

test('corpus: every budget states 三公 and its items, 机关运行经费 and 政府采购 with goods, works and services', () => {
  // yangquan-emergency-2026-budget.txt line 496 “…“三公”经费预算46.80万元…”, line 500 “其中：因公出国（境）费0万元…公务接待费0万元…
  // 公务用车购置及运行费46.80万元…” (购置费 0 / 运行维护费 46.80 on the same line), line 508 “…机关运行经费财政拨款预算145.59万元…”,
  // line 512 “政府采购预算总额48.01万元。其中：政府采购货物预算3.11万元、政府采购工程预算0万元、政府采购服务预算44.90万元。”
  // datong lines 496/504/508 (10.50, 152.07, 118.00 = 101.00 + 0 + 17.00); shanxi lines 515/523/527 (57.00, 1042.42, 8,268.45).
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt']) {
    assert.deepEqual(threePublicDisclosed.check(read(name)), [], name);
  }
  // Shanghai commerce budget (pdftotext -layout) lines 373–380: 三公 1.00, 因公出国（境）费0, 公务用车购置及运行费0 (购置费0, 运行费0),
  // 公务接待费1.00, 机关运行经费 171.01, 政府采购 38.20 = 7.80 + 0 + 30.40.
  const sh = readText(layoutTextOf('shanghai-putuo-commerce-2025-budget.pdf'), 'shanghai-putuo-commerce-2025-budget.pdf');
  assert.ok(sh.ok);
  assert.deepEqual(threePublicDisclosed.check(sh.document), []);
});
