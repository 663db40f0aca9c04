import type { Finding } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { textNodes } from '../text.js';
import { excerpt } from './placeholders.js';

// A comparison with a year: 比2025年预算减少…, 与2024年预算数相同, 较2023年度增加…, 与 2023 年度相比.
const COMPARISON = /(?:比|较|与|同)\s*(20\d{2})\s*年度?\s*(?:年初)?(?:部门)?(?:预算|决算)?(?:执行)?数?\s*(?=相比|相同|持平|基本持平|增|减|下降|上升|多|少|[\d,，])/g;
// A reference date: 截至2025年12月31日, 截止 2024 年 8 月 31 日.
const AS_OF = /截[至止]\s*(20\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g;
// The year of the opening budget in final accounts: 2024年年初预算, 2024年度年初预算.
const OPENING_BUDGET = /(20\d{2})\s*年度?\s*年初预算/g;

/** Comparison years and reference dates are right for the document's year. */
export const referenceYears: Rule = {
  id: 'reference-years',
  title: '比较年度与截止日期正确',
  category: 'text-quality',
  severity: 'warning',
  docs: 'In a budget for year Y the narrative compares with Y-1 (比Y-1年预算) and dates 国有资产 as of Y-1 or early Y; in final accounts for Y it compares with Y-1 (与Y-1年度决算相比), states 年初预算 of Y and dates assets 截至Y年12月31日. A wrong year there is left over from an earlier year.',
  check(doc) {
    const y = doc.year;
    if (y === undefined || (doc.kind !== 'budget' && doc.kind !== 'final-accounts')) return [];
    const out: Finding[] = [];
    for (const node of textNodes(doc)) {
      if (node.where !== 'section' && node.where !== 'note') continue;
      const report = (kind: string, index: number, printed: string, expected: string, whole: string): void => {
        out.push({ rule: 'reference-years', severity: 'warning', location: node.at(index, printed.length), expected, actual: printed, params: { kind, subject: excerpt(node.text, index, whole.length) } });
      };
      for (const m of node.text.matchAll(COMPARISON)) {
        const year = m[1]!;
        // Only comparisons of the document's money: a budget or final figure named, or an amount following in
        // the clause. “事故起数比2024年下降10%” in a description of the work compares something else.
        const clause = node.text.slice(m.index + m[0].length).split(/[。；\n]/)[0] ?? '';
        if (!/预算|决算/.test(m[0]) && !/^[^。；]{0,30}?元/.test(clause)) continue;
        if (Number(year) !== y - 1) report('comparison-year', m.index + m[0].indexOf(year), year, String(y - 1), m[0]);
      }
      for (const m of node.text.matchAll(AS_OF)) {
        const year = Number(m[1]);
        const at = m.index + m[0].indexOf(m[1]!);
        // A budget is prepared late in Y-1 and published early in Y: either year can date the assets.
        if (doc.kind === 'budget' && year !== y - 1 && year !== y) report('as-of-year', at, m[1]!, `${y - 1}|${y}`, m[0]);
        if (doc.kind === 'final-accounts' && year !== y) report('as-of-year', at, m[1]!, String(y), m[0]);
      }
      if (doc.kind === 'final-accounts')
        for (const m of node.text.matchAll(OPENING_BUDGET)) if (Number(m[1]) !== y) report('opening-budget-year', m.index, m[1]!, String(y), m[0]);
    }
    return out;
  },
};
