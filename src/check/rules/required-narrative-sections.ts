import type { Document, Finding, NarrativeSection, Position } from '../../model/index.js';
import type { Rule } from '../rule.js';

type Required = { section: string; test: (title: string) => boolean };
const has = (re: RegExp) => (t: string): boolean => re.test(t);

// Titles vary (部门/单位, 情况说明 or not, 收入支出 vs 收支), so each section is matched by the words that identify it.
const BUDGET: readonly Required[] = [
  { section: '收支数据变动情况', test: has(/收支.*变动/) },
  { section: '收入预算', test: has(/^(部门|单位)?收入预算/) },
  { section: '支出预算', test: has(/^(部门|单位)?支出预算/) },
  { section: '财政拨款收支', test: has(/财政拨款收支/) },
  { section: '一般公共预算支出', test: (t) => /一般公共预算.*支出/.test(t) && !/基本支出/.test(t) },
  { section: '一般公共预算基本支出', test: has(/一般公共预算.*基本支出/) },
  { section: '“三公”经费', test: has(/三公/) },
  { section: '机关运行经费', test: has(/机关运行经费/) },
  { section: '政府采购', test: has(/政府采购/) },
  { section: '绩效管理', test: has(/绩效/) },
  { section: '国有资产', test: has(/国有资产/) },
  { section: '其他说明', test: has(/其他(需要)?(说明|重要事项)/) },
];

const FINAL: readonly Required[] = [
  { section: '收入支出决算总体情况', test: (t) => /收(入)?支(出)?决算总体/.test(t) && !/财政拨款/.test(t) },
  { section: '收入决算', test: has(/^收入决算/) },
  { section: '支出决算', test: has(/^支出决算/) },
  { section: '财政拨款收支决算总体情况', test: has(/财政拨款收(入)?支(出)?决算总体/) },
  { section: '一般公共预算财政拨款支出决算', test: has(/一般公共预算财政拨款支出决算/) },
  { section: '一般公共预算财政拨款基本支出决算', test: has(/一般公共预算财政拨款基本支出决算/) },
  { section: '“三公”经费', test: has(/三公/) },
  { section: '其他重要事项', test: has(/其他重要事项/) },
];

// Shanghai's budget narrative is 部门预算编制说明 plus 其他相关情况说明 (三公, 机关运行经费, 政府采购, 绩效目标, 国有资产);
// its 项目经费情况说明 depend on the projects, so they are not required.
const SH_BUDGET: readonly Required[] = [
  { section: '部门预算编制说明', test: has(/预算编制说明/) },
  { section: '“三公”经费', test: has(/三公/) },
  { section: '机关运行经费', test: has(/机关运行经费/) },
  { section: '政府采购', test: has(/政府采购/) },
  { section: '绩效目标', test: has(/绩效/) },
  { section: '国有资产', test: has(/国有资产/) },
];

// Shanghai's final narrative has the eight Shanxi sections plus the two 无数据 fund sections and 预算绩效管理.
const SH_FINAL: readonly Required[] = [
  ...FINAL,
  { section: '政府性基金预算财政拨款收入支出决算', test: has(/政府性基金预算财政拨款/) },
  { section: '国有资本经营预算财政拨款收入支出决算', test: has(/国有资本经营预算财政拨款/) },
  { section: '预算绩效管理', test: has(/绩效管理/) },
];

const REQUIRED: Partial<Record<Document['template'], readonly Required[]>> = {
  'shanxi-budget': BUDGET,
  'shanxi-final': FINAL,
  'shanghai-budget': SH_BUDGET,
  'shanghai-final': SH_FINAL,
};

const norm = (s: string): string => s.replace(/[\s“”"‘’]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
const flatten = (ss: readonly NarrativeSection[]): NarrativeSection[] => ss.flatMap((s) => [s, ...flatten(s.children)]);

/** A Shanxi or Shanghai budget (final-accounts) narrative has each section its template prescribes and a non-empty 名词解释. */
export const requiredNarrativeSections: Rule = {
  id: 'required-narrative-sections',
  title: '情况说明章节齐全',
  category: 'completeness',
  severity: 'warning',
  docs: 'The 情况说明 of a Shanxi budget must have its twelve numbered sections (收支变动 … 其他说明), that of a Shanxi final-accounts disclosure its sections (总体情况 … 其他重要事项), a Shanghai budget its 编制说明 and 其他相关情况说明 parts and a Shanghai final its eleven sections, matched by title keywords; the 名词解释 must not be empty.',
  check(doc) {
    const required = REQUIRED[doc.template];
    if (!required) return [];
    const sections = flatten(doc.narrative.sections);
    const titles = sections.map((s) => norm(s.title));
    // Point at the 情况说明 part when there is one: that is where a missing section belongs.
    const part = sections.find((s) => s.level === 1 && /情况说明/.test(s.title)) ?? sections[0];
    const location: Position = part?.pos ?? { file: doc.source.file, line: 1 };
    const base = { rule: 'required-narrative-sections', severity: 'warning' as const, location };
    const out: Finding[] = required
      .filter((r) => !titles.some(r.test))
      .map((r) => ({ ...base, expected: r.section, params: { kind: 'missing-section', section: r.section } }));
    if (doc.glossary.length === 0) out.push({ ...base, expected: '名词解释', params: { kind: 'missing-glossary', section: '名词解释' } });
    return out;
  },
};
