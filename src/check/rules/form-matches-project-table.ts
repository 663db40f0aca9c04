import { compareDecimals, scaleOf, toScaled, toYuan } from '../../model/decimal.js';
import type { Document, Finding, ProjectForm, Row } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { difference } from '../sums.js';

const ID = 'form-matches-project-table';

/** A project name reduced for matching: NFKC (full-width brackets, digits), no spaces, no budget-system prefix (Z/J/X/XM, and 2 misread for Z by OCR). */
export function projectKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(?:XM|[ZJX2])(?=[^\dA-Za-z])/i, '');
}

interface ProjectRow {
  row: Row;
  key: string;
  /** The table amount in 元 and the table's precision in 元 (0.01 万元 = 100 元). */
  yuan: string;
  unit: bigint;
}

function projectRows(doc: Document): ProjectRow[] {
  return doc.tables
    .filter((t) => t.kind === 'project-expenditure')
    .flatMap((t) => t.rows.filter((r) => r.role === 'project'))
    .flatMap((row) => {
      const m = row.cells['total']?.amount;
      if (!m) return [];
      // 4.00 万元 is printed to 0.01 万元 = 100 元: a form amount that rounds to the printed figure agrees with it.
      const shift = m.unit === '万元' ? 4 : m.unit === '亿元' ? 8 : 0;
      const unit = 10n ** BigInt(Math.max(0, shift - scaleOf(m.value)));
      return [{ row, key: projectKey(row.name), yuan: toYuan(m), unit }];
    });
}

/** Whether two 元 amounts differ by less than half the table's precision (the table figure is the form figure rounded). */
function isRounding(diff: string, unit: bigint): boolean {
  const scale = scaleOf(diff);
  return toScaled(diff, scale) * 2n < unit * 10n ** BigInt(scale);
}

function compare(form: ProjectForm, p: ProjectRow): Finding | undefined {
  const total = form.funding.year?.total;
  if (!total) return undefined;
  const yuan = toYuan(total);
  if (compareDecimals(yuan, p.yuan) === 0) return undefined;
  const diff = difference(yuan, p.yuan);
  const rounding = isRounding(diff, p.unit);
  return {
    rule: ID,
    severity: rounding ? 'info' : 'error',
    location: total.pos,
    related: [p.row.cells['total']?.pos ?? p.row.pos],
    expected: p.yuan,
    actual: yuan,
    params: { kind: 'amount', project: form.projectName, row: p.row.name, unit: '元', difference: diff, rounding: String(rounding) },
  };
}

function pick(form: ProjectForm, candidates: ProjectRow[]): ProjectRow | undefined {
  if (candidates.length <= 1) return candidates[0];
  // The same name in several units (专项业务工作经费): prefer the implementing unit, then the equal amount.
  const byUnit = candidates.filter((c) => c.row.unitName !== undefined && c.row.unitName === form.implementer);
  const pool = byUnit.length > 0 ? byUnit : candidates;
  const total = form.funding.year?.total;
  return (total && pool.find((c) => compareDecimals(c.yuan, toYuan(total)) === 0)) || pool[0];
}

function warning(kind: string, location: Finding['location'], params: Record<string, string>): Finding {
  return { rule: ID, severity: 'warning', location, params: { kind, ...params } };
}

function check(doc: Document): Finding[] {
  const rows = projectRows(doc);
  const forms = doc.forms.projects;
  // Both halves are needed: a forms-only package or a package without forms has nothing to pair.
  if (rows.length === 0 || forms.length === 0) return [];
  const out: Finding[] = [];
  const free = new Set(rows);
  const unmatched: ProjectForm[] = [];
  for (const form of forms) {
    const key = projectKey(form.projectName);
    const p = pick(form, [...free].filter((r) => r.key === key));
    if (!p) {
      unmatched.push(form);
      continue;
    }
    free.delete(p);
    if (!form.funding.year?.total) out.push(warning('no-year-total', form.pos, { project: form.projectName, row: p.row.name }));
    const f = compare(form, p);
    if (f) out.push(f);
  }
  for (const form of unmatched) {
    // Names reworded between table and form (综合应急管理经费 / 综合应急管理工作经费): the same start and the same amount pair them.
    const total = form.funding.year?.total;
    const key = projectKey(form.projectName);
    const p = total && [...free].find((r) => r.key.slice(0, 2) === key.slice(0, 2) && compareDecimals(r.yuan, toYuan(total)) === 0);
    if (p) {
      free.delete(p);
      out.push({ ...warning('name-differs', form.pos, { project: form.projectName, row: p.row.name }), related: [p.row.pos] });
    } else {
      out.push(warning('no-row', form.pos, { project: form.projectName }));
    }
  }
  for (const p of free) out.push(warning('no-form', p.row.pos, { row: p.row.name }));
  return out;
}

/** A project form's 年度资金总额 equals its project's amount in 项目支出预算表; forms and project rows pair up. */
export const formMatchesProjectTable: Rule = {
  id: ID,
  title: '绩效目标表年度资金与项目支出预算表一致',
  category: 'forms',
  severity: 'error',
  docs: 'Each project performance form’s 年度资金总额, converted exactly to 元, equals its project’s 合计 in 项目支出预算表 (万元 × 10,000; a form figure that rounds to the printed 万元 figure is info); a form without a matching project row, a project row without a form, a form without a year total or a name reworded between the two is a warning.',
  check,
};
