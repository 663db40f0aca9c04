import type { RuleCategory } from '../model/index.js';
import { RuleCategorySchema } from '../model/index.js';
import type { Rule } from './rule.js';

/** Chinese names of the rule categories, in catalogue order. */
export const CATEGORY_NAMES: Record<RuleCategory, string> = {
  completeness: '完整性',
  arithmetic: '表内运算',
  'cross-table': '表间关系',
  narrative: '情况说明',
  forms: '绩效目标表',
  classification: '科目分类',
  'other-disclosures': '其他公开事项',
  'text-quality': '文字质量',
};

/** The catalogue as a Markdown page (docs/rules.md): one section per category, one entry per rule. */
export function catalogueMarkdown(rules: readonly Rule[]): string {
  const out = [
    '# Rule catalogue',
    '',
    'Generated from `src/check/registry.ts` (`UPDATE=1 npm test` rewrites it; a test fails when it is stale).',
    'Severity is the default; a config file can switch a rule off or re-grade it. Rounding (尾差: at most 0.01 per',
    'summed part) is never an error: every arithmetic and cross-table rule reports it as information.',
    '',
    `${rules.length} rules.`,
  ];
  for (const category of RuleCategorySchema.options) {
    const inCategory = rules.filter((r) => r.category === category);
    out.push('', `## ${CATEGORY_NAMES[category]} (${category}) — ${inCategory.length}`, '');
    for (const r of inCategory) out.push(`- **${r.id}** · ${r.title} · default ${r.severity}  `, `  ${r.docs}`);
  }
  return `${out.join('\n')}\n`;
}
