import { compareDecimals, sumDecimals, toYuan } from '../../model/decimal.js';
import type { Document, Finding, NarrativeFact, NarrativeSection, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { rowsOf } from '../cross-table.js';
import { cellValue, difference } from '../sums.js';
import { projectKey } from './form-matches-project-table.js';

const ID = 'performance-counts-match';
/** The narrative reader's topic for “纳入绩效目标管理的项目X个 / 公开项目绩效目标X个” and their amounts. */
const TOPIC = '绩效项目';
/** A performance category (其他运转类项目, 特定目标类项目): the parts the projects are split into. */
const CATEGORY = /类项目$/;

/** The 绩效 sections with their facts (a section counts when it or a section above it is about 绩效). */
function performanceSections(ss: readonly NarrativeSection[], inside = false): NarrativeSection[] {
  return ss.flatMap((s) => {
    const here = inside || /绩效/.test(s.title);
    return [...(here ? [s] : []), ...performanceSections(s.children, here)];
  });
}

/** The project table's rows and its total in 万元 (the grand-total row, else the sum of its projects). */
function projectTable(doc: Document, kind: 'project-expenditure' | 'project-carryover' = 'project-expenditure'): { table: Table; projects: Row[]; total: string; at: Row | undefined } | undefined {
  const table = doc.tables.find((t) => t.kind === kind);
  if (!table) return undefined;
  const projects = rowsOf(table).filter((r) => r.role === 'project');
  const grand = rowsOf(table).find((r) => r.role === 'grand-total');
  const values = (grand ? [grand] : projects).map((r) => cellValue(r.cells['total']));
  if (values.some((v) => v === undefined)) return undefined;
  return { table, projects, total: sumDecimals(values as string[]), at: grand };
}

const SPLIT = /\d*[（(]共\d+[）)]$/;

/** Forms of one project split over several (安委办工作经费1(共3)) count once; others count each (one name may recur in several units). */
const formProjects = (doc: Document): number =>
  new Set(doc.forms.projects.map((f, i) => (SPLIT.test(projectKey(f.projectName ?? '')) ? `${f.implementer ?? ''}/${projectKey(f.projectName ?? '').replace(SPLIT, '')}` : String(i)))).size;

/** Compare an amount fact with a figure (`expected` as printed, `e` in 元): equal, 尾差 (0.01 万元 per part, info) or error. */
function amountFinding(f: NarrativeFact, expected: string, e: string, parts: number, params: Record<string, string>, related: Finding['related']): Finding | undefined {
  if (!f.amount) return undefined;
  const a = toYuan(f.amount);
  if (compareDecimals(a, e) === 0) return undefined;
  const diff = difference(a, e);
  const rounding = compareDecimals(diff, String(100 * Math.max(1, parts))) <= 0;
  return { rule: ID, severity: rounding ? 'info' : 'error', location: f.pos, related: related ?? [], expected, actual: f.amount.raw, params: { ...params, rounding: String(rounding) } };
}

function countFinding(f: NarrativeFact, expected: number, params: Record<string, string>, related: Finding['related']): Finding | undefined {
  if (f.number === undefined || Number(f.number) === expected) return undefined;
  return { rule: ID, severity: 'warning', location: f.pos, related: related ?? [], expected: String(expected), actual: f.number, params };
}

/** Push a finding when there is one. */
const add = (out: Finding[], f: Finding | undefined): void => {
  if (f) out.push(f);
};

/** 其他运转类 X个 + 特定目标类 Y个 = the count before them; their amounts = the amount before them. */
function categories(facts: readonly NarrativeFact[]): Finding[] {
  const out: Finding[] = [];
  facts.forEach((f, i) => {
    if (f.subject?.topic !== TOPIC || (f.kind !== 'count' && f.kind !== 'amount')) return;
    const parts: NarrativeFact[] = [];
    for (const g of facts.slice(i + 1)) {
      if (g.subject?.topic === TOPIC && g.kind === f.kind) break;
      if (g.kind === f.kind && CATEGORY.test(g.subject?.topic ?? '')) parts.push(g);
    }
    if (parts.length < 2) return;
    const params = { kind: f.kind === 'count' ? 'category-count' : 'category-amount', parts: parts.map((p) => p.subject?.topic ?? '').join('+') };
    const related = parts.map((p) => p.pos);
    if (f.kind === 'count') {
      const sum = parts.reduce((s, p) => s + Number(p.number ?? 'NaN'), 0);
      if (Number.isFinite(sum)) add(out, countFinding(f, sum, params, related));
    } else {
      const money = parts.flatMap((p) => (p.amount ? [p.amount] : []));
      if (money.length !== parts.length) return;
      // Shown in the parts' own unit when they share one, compared in 元 regardless.
      const shown = money.every((m) => m.unit === money[0]?.unit) ? sumDecimals(money.map((m) => m.value)) : '';
      add(out, amountFinding(f, shown, sumDecimals(money.map(toYuan)), parts.length, params, related));
    }
  });
  return out;
}

function check(doc: Document): Finding[] {
  const table = projectTable(doc);
  const forms = formProjects(doc);
  const carry = projectTable(doc, 'project-carryover');
  return performanceSections(doc.narrative.sections).flatMap((s) => {
    const counts = s.facts.filter((f) => f.kind === 'count' && f.subject?.topic === TOPIC);
    const amounts = s.facts.filter((f) => f.kind === 'amount' && f.subject?.topic === TOPIC);
    const out: Finding[] = categories(s.facts);
    if (table) {
      const related = table.at?.cells['total'] ? [table.at.cells['total'].pos] : table.projects.map((r) => r.pos);
      const yuan = toYuan({ raw: table.total, value: table.total, unit: table.table.unit === '元' ? '元' : '万元' });
      // A package may set targets for its carried-over projects (表13) too: figures that match both tables together stand.
      const both = carry ? { count: table.projects.length + carry.projects.length, yuan: sumDecimals([yuan, toYuan({ raw: carry.total, value: carry.total, unit: carry.table.unit === '元' ? '元' : '万元' })]) } : undefined;
      for (const c of counts)
        if (!both || Number(c.number) !== both.count) add(out, countFinding(c, table.projects.length, { kind: 'table-count', table: table.table.title }, table.projects.map((r) => r.pos)));
      for (const a of amounts)
        if (!both || !a.amount || compareDecimals(toYuan(a.amount), both.yuan) !== 0) add(out, amountFinding(a, table.total, yuan, 1, { kind: 'table-amount', table: table.table.title }, related));
    }
    // “公开项目绩效目标X个” follows “纳入绩效目标管理的项目X个”: the last count is the one about the published forms.
    const published = counts[counts.length - 1];
    if (published && doc.forms.projects.length > 0)
      add(out, countFinding(published, forms, { kind: 'form-count' }, doc.forms.projects.map((f) => f.pos)));
    return out;
  });
}

/** The number of projects and their amount in 绩效管理情况 match the project table and the published project forms. */
export const performanceCountsMatch: Rule = {
  id: ID,
  title: '绩效目标项目个数和金额与项目表、绩效目标表一致',
  category: 'narrative',
  severity: 'error',
  docs: 'The projects the 绩效管理情况 section says have performance targets (共X个项目，涉及金额Y万元) match the 项目支出预算表 (number of project rows: warning; total amount: error beyond 0.01 万元) and the number of project forms published (warning), and its split by category (其他运转类/特定目标类) adds up; figures that match 表12 and 表13 (上年结转) together are accepted.',
  check,
};
