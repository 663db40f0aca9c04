import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { corpusBytes } from '../../../test/corpus.js';
import { formMatchesProjectTable, projectKey } from './form-matches-project-table.js';

// A 项目支出预算表 shaped like 阳泉 2026's table 12 (corpus lines 398–411).
// The two subtotal rows carry the sum of the projects, as the reader tells subtotals from projects that way.
const table = (total: string, ...projects: [string, string][]): string[] => [
  '2026年项目支出预算表（本年预算）',
  '部门名称：阳泉市应急管理局',
  '单位：万元',
  T('项目名称', '合计', '2026年财政拨款', '', '', '财政专户管理资金', '单位资金'),
  T('', '', '一般公共预算', '政府性基金预算', '国有资本经营预算', '', ''),
  T('1', '2', '3', '4', '5', '6', '7'),
  T('阳泉市应急管理局', total, total, '', '', '', ''),
  T('阳泉市应急管理局', total, total, '', '', '', ''),
  ...projects.map(([name, amount]) => T(name, amount, amount, '', '', '', '')),
  '',
];

// A project form shaped like 阳泉 2026's (corpus lines 612–621), the year total in 元.
const form = (name: string, yearTotal: string): string[] => [
  '阳泉市市级预算部门（单位）项目支出绩效目标表',
  '(2026年度)',
  T('项目名称', '', name, '', '', '', ''),
  T('主管部门及代码', '', '035-阳泉市应急管理局', '', '实施单位', '', '阳泉市应急管理局'),
  T('项目属性', '', '一次性项目（1年结束）', '', '项目期', '', '1年'),
  T('项目资金（元）', '实施期资金总额：', yearTotal, '', '年度资金总额：', yearTotal, ''),
  T('', '其中：中央财政资金', '0', '', '其中：中央财政资金', '0', ''),
  T('', '省级财政资金', '0', '', '省级财政资金', '0', ''),
  T('', '市县（区）财政资金', yearTotal, '', '市县（区）财政资金', yearTotal, ''),
  T('', '单位自筹', '0', '', '单位自筹', '0', ''),
  '',
];

test('project names are matched across spaces, bracket widths and budget-system prefixes', () => {
  assert.equal(projectKey('会议（培训） 项目'), projectKey('会议(培训)项目'));
  assert.equal(projectKey('XM行政事业单位遗属补助经费'), '行政事业单位遗属补助经费');
  assert.equal(projectKey('2安全生产监管系统网络及网站运行维护费'), projectKey('Z安全生产监管系统网络及网站运行维护费'));
  assert.equal(projectKey('2026年安全生产应急指挥专项经费'), '2026年安全生产应急指挥专项经费');
});

test('passes when every form matches its project row in 元', () => {
  const doc = docFrom(...table('35.00', ['国土空间专项规划经费', '30.00'], ['Z安全生产和宣传经费', '5.00']), ...form('国土空间专项规划经费', '300,000'), ...form('Z安全生产和宣传经费', '50000'));
  assert.equal(doc.forms.projects.length, 2);
  assert.deepEqual(formMatchesProjectTable.check(doc), []);
});

test('reports a form whose year total differs from the table as an error, in 元', () => {
  const doc = docFrom(...table('30.00', ['国土空间专项规划经费', '30.00']), ...form('国土空间专项规划经费', '292000'));
  const [f, ...rest] = formMatchesProjectTable.check(doc);
  assert.equal(rest.length, 0);
  assert.equal(f?.severity, 'error');
  assert.equal(f?.expected, '300000');
  assert.equal(f?.actual, '292000');
  assert.equal(f?.params['difference'], '8000');
});

test('a form figure that rounds to the printed 万元 figure is info', () => {
  const doc = docFrom(...table('99.01', ['J应急管理专项资金', '99.01']), ...form('J应急管理专项资金', '990,111'));
  const [f] = formMatchesProjectTable.check(doc);
  assert.equal(f?.severity, 'info');
  assert.equal(f?.params['rounding'], 'true');
});

test('unpaired forms and rows are warnings; a reworded name with the same amount is paired', () => {
  const doc = docFrom(
    ...table('21.87', ['综合应急管理经费', '21.40'], ['遗属补助', '0.47']),
    ...form('综合应急管理工作经费', '214000'),
    ...form('应急宣传经费', '10000'),
  );
  const kinds = formMatchesProjectTable.check(doc).map((f) => `${f.severity} ${f.params['kind']} ${f.params['project'] ?? f.params['row']}`);
  assert.deepEqual(kinds.sort(), ['warning name-differs 综合应急管理工作经费', 'warning no-form 遗属补助', 'warning no-row 应急宣传经费']);
});

test('nothing is reported without a project table (forms-only package)', () => {
  assert.deepEqual(formMatchesProjectTable.check(docFrom(...form('国土空间专项规划经费', '292000'))), []);
});

const corpus = (name: string): string[] => {
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  return formMatchesProjectTable
    .check(r.document)
    .map((f) => `${f.severity} ${f.params['kind']} ${f.location.line} ${f.params['project'] ?? f.params['row']}${f.actual ? ` ${f.actual}≠${f.expected}` : ''}`);
};

test('corpus: the findings verified by hand', () => {
  // 阳泉 2026: line 411 国土空间专项规划经费 30.00 (万元) but the form's line 618 年度资金总额 292000 (元);
  // four forms reword their row's name with the same amount: 848 特种作业人员安全技术考试考核经费 1,485,100 vs 415 …安全资格… 148.51,
  // 952 综合应急管理工作经费 vs 414 综合应急管理经费 21.40, 1159 执法制服新购、置换费 vs 424 执法制服购置费 2.00,
  // 1194 应急执法综合经费 vs 425 应急执法工作经费 4.00.
  assert.deepEqual(corpus('yangquan-emergency-2026-budget.txt'), [
    'error amount 618 国土空间专项规划经费 292000≠300000',
    'warning name-differs 848 特种作业人员安全技术考试考核经费',
    'warning name-differs 952 综合应急管理工作经费',
    'warning name-differs 1159 执法制服新购、置换费',
    'warning name-differs 1194 应急执法综合经费',
  ]);
  // 大同: 429 J应急管理专项资金 99.01 vs 626 990,111 and 434 X矿山安全生产督导工作经费 65.17 vs 662 651,661 round to the
  // printed 万元 figures; the form at 853 (Z应急管理干部培训经费) leaves 年度资金总额 blank (line 859); 433 XM行政事业单位遗属补助经费
  // 21.63 has no form.
  assert.deepEqual(corpus('datong-emergency-2025-unit-budget.md'), [
    'info amount 626 J应急管理专项资金 990111≠990100',
    'info amount 662 X矿山安全生产督导工作经费 651661≠651700',
    'warning no-year-total 853 Z应急管理干部培训经费',
    'warning no-form 433 XM行政事业单位遗属补助经费',
  ]);
  // 山西: 444 研究院 专项业务工作经费 665.65 vs 1068 6,656,540 and 445 办公用房租赁费 103.47 vs 1137 1,034,660: rounding only;
  // the three 专项业务工作经费 rows are told apart by 实施单位.
  assert.deepEqual(corpus('shanxi-emergency-2026-budget.txt'), [
    'info amount 1068 专项业务工作经费 6656540≠6656500',
    'info amount 1137 办公用房租赁费 1034660≠1034700',
  ]);
  assert.deepEqual(corpus('jinzhong-emergency-2022-performance-targets.txt'), []);
});
