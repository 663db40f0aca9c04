import type { Finding } from '../model/index.js';
import type { Rule } from '../check/index.js';

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

/** One line per finding: where, severity, rule title, and what was compared. */
export function wordFinding(f: Finding, rules: ReadonlyMap<string, Rule>): string {
  const title = rules.get(f.rule)?.title ?? f.rule;
  const at = `${f.location.file}:${f.location.line}${f.location.column ? `:${f.location.column.start + 1}` : ''}`;
  const what = [f.params['table'], f.params['row'], f.params['column']].filter(Boolean).join(' · ');
  const cmp = f.expected !== undefined ? ` 应为 ${f.expected}，实为 ${f.actual ?? '—'}` : '';
  const note = f.params['rounding'] === 'true' ? '（尾差）' : '';
  return `${at}  ${SEVERITY_ZH[f.severity]}  ${title}${note}  ${what}${cmp}  [${f.rule}]`;
}
