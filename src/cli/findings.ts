import type { Finding } from '../model/index.js';
import type { Rule } from '../check/index.js';

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

// What a finding's `kind` says, in words; rules name the kind of problem, the edge words it.
const KIND_ZH: Record<string, string> = {
  'no-form': '无绩效目标表',
  'no-row': '项目表中无此项目',
  'no-year-total': '未填年度资金总额',
  'name-differs': '名称不一致',
  amount: '金额不一致（元）',
  direction: '增减方向不一致',
  rate: '增长率与增减额不符',
};

/** One line per finding: where, severity, rule title, and what was compared. */
export function wordFinding(f: Finding, rules: ReadonlyMap<string, Rule>): string {
  const title = rules.get(f.rule)?.title ?? f.rule;
  const at = `${f.location.file}:${f.location.line}${f.location.column ? `:${f.location.column.start + 1}` : ''}`;
  const kind = f.params['kind'];
  const what = [f.params['table'], f.params['row'] ?? f.params['subject'], f.params['column'], kind ? (KIND_ZH[kind] ?? kind) : undefined]
    .filter(Boolean)
    .join(' · ');
  const cmp = f.expected !== undefined ? ` 应为 ${f.expected}，实为 ${f.actual ?? '—'}` : '';
  const note = f.params['rounding'] === 'true' ? '（尾差）' : '';
  return `${at}  ${SEVERITY_ZH[f.severity]}  ${title}${note}  ${what}${cmp}  [${f.rule}]`;
}
