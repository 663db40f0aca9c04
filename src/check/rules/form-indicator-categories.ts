import type { Finding } from '../../model/index.js';
import { type IndicatorBlock, indicatorBlocks, level1Core, outputCore } from '../form-indicators.js';
import type { Rule } from '../rule.js';

const RULE = 'form-indicator-categories';
const LEVEL1 = ['产出', '效益', '满意度'] as const;
const OUTPUT = ['数量', '质量', '时效', '成本'] as const;
/** 成本指标 is part of the national indicator tree for forms of 2021 and later (财预〔2021〕101号). */
export const COST_FROM = 2021;

function checkBlock(b: IndicatorBlock): Finding[] {
  const first = b.indicators[0];
  const location = first?.pos ?? b.pos;
  const level1 = new Set(b.indicators.map((i) => level1Core(i.level1)));
  const base = { rule: RULE, severity: 'warning' as const, location };
  const out: Finding[] = LEVEL1.filter((c) => !level1.has(c)).map((c) => ({
    ...base,
    params: { kind: 'missing-level1', subject: b.subject, half: b.half, category: `${c}指标`, column: `${c}指标` },
  }));
  // A missing 产出指标 is reported once, not again for each of its four 二级.
  if (!level1.has('产出')) return out;
  const output = new Set(b.indicators.filter((i) => level1Core(i.level1) === '产出').map((i) => outputCore(i.level2)));
  for (const c of OUTPUT) {
    if (output.has(c)) continue;
    if (c === '成本' && b.year !== undefined && b.year < COST_FROM) continue;
    out.push({ ...base, params: { kind: 'missing-level2', subject: b.subject, half: b.half, category: `产出指标·${c}指标`, column: `产出指标·${c}指标` } });
  }
  return out;
}

/** Each form's indicator tree has the three 一级 categories and the four 产出 二级 categories. */
export const formIndicatorCategories: Rule = {
  id: RULE,
  title: '绩效指标体系完整（一级与产出二级指标）',
  category: 'forms',
  severity: 'warning',
  docs: 'Each printed indicator list of a performance target form (the year and, when printed, the period of a project form, and a department-wide form) has at least one indicator under each 一级 category (产出, 效益, 满意度) and under each 产出 二级 category (数量, 质量, 时效, and 成本 for forms of 2021 on, when national guidance made cost indicators mandatory); name variants such as 经济成本指标 or 服务对象满意度指标 count.',
  check: (doc) => indicatorBlocks(doc).flatMap(checkBlock),
};
