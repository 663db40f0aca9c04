import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { readDocument, readText } from '../../read/index.js';
import { docFrom } from '../testkit.js';
import { punctuation } from './punctuation.js';

const narrative = (sentence: string) => docFrom('阳泉市应急管理局', '2026年度部门预算公开', '', '第三部分 2026年度部门预算情况说明', '', '十二、其他说明', '', sentence);

test('balanced brackets and single punctuation pass, also when （ is closed by a half-width )', () => {
  assert.deepEqual(punctuation.check(narrative('收入5.00万元（其中：一般公共预算5.00万元），依据《安全生产法》和“三定”方案(阳编办字[2022]25号）执行。')), []);
});

test('doubled punctuation is a warning at the marks', () => {
  // 收入5.00万元 anchors the line; “。；” stands at columns 9–11.
  const [f, ...rest] = punctuation.check(narrative('收入5.00万元等。；支出5.00万元。'));
  assert.equal(rest.length, 0);
  assert.deepEqual([f?.params['kind'], f?.actual, f?.severity, f?.location.line, f?.location.column], ['doubled', '。；', 'warning', 8, { start: 9, end: 11 }]);
  assert.deepEqual(punctuation.check(narrative('收入5.00万元，，支出5.00万元。。')).map((f) => f.actual), ['，，', '。。']);
});

test('a bracket, quote or book title left open or closed alone within a paragraph is a warning', () => {
  assert.deepEqual(punctuation.check(narrative('平均得分99.33分（其中，绩效评级为“优”的项目39个。')).map((f) => [f.params['kind'], f.params['side']]), [['unclosed-parentheses', 'open']]);
  assert.deepEqual(punctuation.check(narrative('依据安全生产法》执行，“三定方案。')).map((f) => [f.params['kind'], f.params['side']]), [
    ['unclosed-quotes', 'open'],
    ['unclosed-book-title', 'close'],
  ]);
});

test('OCR sources give information, not warnings (recognition adds such slips)', () => {
  const md = docFrom('# 大同市应急管理局', '', '# 2025年度单位预算公开', '', '# 第三部分 2025年度单位预算情况说明', '', '## 十二、其他说明', '', '收入5.00万元。。');
  assert.equal(md.source.format, 'ocr-markdown');
  assert.deepEqual(punctuation.check(md).map((f) => [f.actual, f.severity]), [['。。', 'info']]);
});

test('corpus: two real slips, 山西 2026 “。；” and 普陀规划 2024 an unclosed （; nothing else', () => {
  const shanxi = 'shanxi-emergency-2026-budget.txt';
  const s = readDocument(corpusBytes(shanxi), shanxi);
  assert.ok(s.ok);
  // Line 471: “…机载式森林远程快速智能防灭火装备建设349万元、…自然灾害救灾资金1616万元等。；本年部门预算支出总计…”, 。； at 258–260.
  assert.deepEqual(punctuation.check(s.document).map((f) => [f.params['kind'], f.actual, f.location.line, f.location.column]), [['doubled', '。；', 471, { start: 258, end: 260 }]]);
  const planning = 'shanghai-putuo-planning-2024-final-accounts.pdf';
  const p = readText(layoutTextOf(planning), planning);
  assert.ok(p.ok);
  // pdftotext lines 903–909: “…平均得分99.33分（其中，绩效评级为 / “优”的项目39个；… / …绩效自评中共发现问题0个。” — the （ is never closed.
  // The paragraph wraps over lines, so the finding spans the lines from the figure before the （ (4415.48万元, line 903)
  // to the figure after it (39个, line 905).
  assert.deepEqual(punctuation.check(p.document).map((f) => [f.params['kind'], f.params['side'], f.location.line, f.location.endLine]), [['unclosed-parentheses', 'open', 903, 905]]);
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'yangquan-emergency-2024-final-accounts.txt', 'jinzhong-emergency-2022-performance-targets.txt']) {
    const d = readDocument(corpusBytes(name), name);
    assert.ok(d.ok);
    assert.deepEqual(punctuation.check(d.document), [], name);
  }
  const budget = 'shanghai-putuo-commerce-2025-budget.pdf';
  const b = readText(layoutTextOf(budget), budget);
  assert.ok(b.ok);
  assert.deepEqual(punctuation.check(b.document), []);
});
