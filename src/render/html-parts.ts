import type { Cell, Field, Finding, Indicator, Position, Row, Severity, Table } from '../model/index.js';
import type { ProjectForm, DepartmentTargetForm, SelfEvaluationForm } from '../model/index.js';
import { posKey } from './locate.js';

/** Escape text for HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const worse = (a: Severity | undefined, b: Severity): Severity => (a === undefined || RANK[b] < RANK[a] ? b : a);

interface Mark {
  direct?: Severity;
  related?: Severity;
  messages: string[];
}

/** Marks on rendered positions (findings at a cell and the cells they relate to) and the ids already given out. */
export class Marker {
  private readonly marks = new Map<string, Mark>();
  private readonly ids = new Set<string>();

  constructor(private readonly prefix: string) {}

  /** Mark a finding's cell, and its related cells with a lighter mark. */
  add(f: Finding, message: string): void {
    const at = this.mark(f.location);
    at.direct = worse(at.direct, f.severity);
    at.messages.push(message);
    for (const r of f.related ?? []) {
      const m = this.mark(r);
      m.related = worse(m.related, f.severity);
      m.messages.push(`相关：${message}`);
    }
  }

  /** The anchor of a position. */
  anchor(pos: Position): string {
    return `${this.prefix}-${posKey(pos).replace(':', '-')}`;
  }

  /** Whether an element was rendered with this position's anchor. */
  rendered(pos: Position): boolean {
    return this.ids.has(this.anchor(pos));
  }

  /** Attributes of an element printed at `pos`: its anchor (once), and the mark's class and title. */
  attrs(pos: Position, cls = ''): string {
    const id = this.anchor(pos);
    const m = this.marks.get(posKey(pos));
    const classes = [cls, m?.direct ? `m-${m.direct}` : m?.related ? `r-${m.related}` : ''].filter(Boolean).join(' ');
    const first = !this.ids.has(id);
    this.ids.add(id);
    return `${first ? ` id="${id}"` : ''}${classes ? ` class="${classes}"` : ''}${m ? ` title="${esc(m.messages.join('\n'))}"` : ''}`;
  }

  private mark(pos: Position): Mark {
    const k = posKey(pos);
    const m = this.marks.get(k) ?? { messages: [] };
    this.marks.set(k, m);
    return m;
  }
}

type Line = Map<string, { cell: Cell; row: Row }>;

/**
 * Side-by-side tables print several rows on one line (收入 | 支出): merge them back into one printed line,
 * unless they share a column (the four groups of 公开06表), which then stay rows of their own.
 */
export function printedLines(t: Table): { line: number; row: Row; cells: Line }[] {
  const out: { line: number; row: Row; cells: Line }[] = [];
  for (const row of t.rows) {
    const keys = Object.keys(row.cells);
    const same = out.find((l) => l.line === row.pos.line && keys.every((k) => !l.cells.has(k)));
    const target = same ?? { line: row.pos.line, row, cells: new Map() };
    for (const k of keys) target.cells.set(k, { cell: row.cells[k] as Cell, row });
    if (!same) out.push(target);
  }
  return out.sort((a, b) => a.line - b.line);
}

const isName = (key: string): boolean => key === 'name' || key.endsWith('.name');
const LEVEL_CLASS: Record<string, string> = { 款: 'lv1', 项: 'lv2' };

/** A table as printed: title, number and unit, one header row of column labels, rows with codes indented by level. */
export function tableHtml(t: Table, mk: Marker): string {
  const withCode = !t.columns.some((c) => c.key === 'code' || c.key.endsWith('.code')) && t.rows.some((r) => r.code);
  const head = `${withCode ? '<th>科目编码</th>' : ''}${t.columns.map((c) => `<th>${esc(c.label).replace(/\//g, '<br>')}</th>`).join('')}`;
  const body = printedLines(t).map(({ row, cells }) => {
    const code = withCode ? `<td class="code">${esc(row.code ?? '')}</td>` : '';
    const tds = t.columns.map((c) => {
      const at = cells.get(c.key);
      if (!at) return '<td></td>';
      const cls = [at.cell.amount ? 'num' : '', isName(c.key) ? (LEVEL_CLASS[at.row.level ?? ''] ?? '') : ''].filter(Boolean).join(' ');
      return `<td${mk.attrs(at.cell.pos, cls)}>${esc(at.cell.text)}</td>`;
    });
    return `<tr${mk.attrs(row.pos, row.role === 'grand-total' || row.role === 'class' || row.role === 'unit-subtotal' ? 'total' : '')}>${code}${tds.join('')}</tr>`;
  });
  const meta = [t.number, t.bodyName, t.unit ? `单位：${t.unit}` : '', `第 ${t.pos.line} 行`].filter(Boolean).map((s) => esc(String(s))).join(' · ');
  const noted = t.notes.some((n) => n.text.includes('本表无数据'));
  const notes = [...(t.noData && !noted ? ['本表无数据'] : []), ...t.notes.map((n) => n.text)].map((n) => `<p class="note">${esc(n)}</p>`).join('');
  return `<section class="table"><h3${mk.attrs(t.pos)}>${esc(t.title)}</h3><p class="meta">${meta}</p>\n<table><thead><tr>${head}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>${notes}</section>`;
}

const field = (f: Field | undefined, mk: Marker): string => (f ? `<tr><th>${esc(f.label)}</th><td${mk.attrs(f.pos)}>${esc(f.value)}</td></tr>` : '');
const amounts = (items: readonly { label: string; amount?: { raw: string } | undefined; pos: Position }[], mk: Marker): string =>
  items.map((i) => `<tr><th>${esc(i.label)}</th><td${mk.attrs(i.pos, 'num')}>${esc(i.amount?.raw ?? '')}</td></tr>`).join('');

function indicatorsHtml(list: readonly (Indicator & { actual?: string | undefined })[], caption: string, mk: Marker): string {
  if (list.length === 0) return '';
  const actual = list.some((i) => i.actual !== undefined);
  const rows = list.map((i) => `<tr${mk.attrs(i.pos)}><td>${esc(i.level1)}</td><td>${esc(i.level2)}</td><td>${esc(i.name)}</td><td>${esc(i.value)}</td>${actual ? `<td>${esc(i.actual ?? '')}</td>` : ''}</tr>`);
  return `<table><caption>${esc(caption)}</caption><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th>${actual ? '<th>实际完成值</th>' : ''}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const SOURCES = [['total', '资金总额'], ['central', '中央财政资金'], ['provincial', '省级财政资金'], ['local', '市县（区）财政资金'], ['selfRaised', '单位自筹'], ['other', '其他资金']] as const;

/** A project performance target form: header, funding (period and year), texts, goals, indicators, other fields. */
export function projectFormHtml(f: ProjectForm, mk: Marker): string {
  const cell = (m: { raw: string; pos: Position } | undefined): string => (m ? `<td${mk.attrs(m.pos, 'num')}>${esc(m.raw)}</td>` : '<td></td>');
  const funding = SOURCES.filter(([k]) => f.funding.period?.[k] || f.funding.year?.[k])
    .map(([k, label]) => `<tr><th>${label}</th>${cell(f.funding.period?.[k])}${cell(f.funding.year?.[k])}</tr>`)
    .join('');
  const head = [['项目名称', f.projectName], ['主管部门', [f.department?.code, f.department?.name].filter(Boolean).join('-')], ['实施单位', f.implementer], ['项目属性', f.attribute], ['项目期', f.period]]
    .filter(([, v]) => v)
    .map(([k, v]) => `<tr><th>${esc(k ?? '')}</th><td>${esc(v ?? '')}</td></tr>`)
    .join('');
  const texts = [...Object.values(f.texts), f.goals.period, f.goals.year, ...f.fields].map((x) => field(x, mk)).join('');
  return `<section class="form"><h3${mk.attrs(f.pos)}>${esc(f.title)}：${esc(f.projectName)}</h3><table class="kv">${head}</table>
<table class="kv"><thead><tr><th>项目资金</th><th>实施期</th><th>年度</th></tr></thead><tbody>${funding}</tbody></table>
<table class="kv">${texts}</table>${indicatorsHtml(f.indicators.period, '实施期绩效指标', mk)}${indicatorsHtml(f.indicators.year, '年度绩效指标', mk)}</section>`;
}

/** The department-wide target form or the self-evaluation form: fields, amounts, indicators, scores. */
export function otherFormHtml(f: DepartmentTargetForm | SelfEvaluationForm, mk: Marker): string {
  const parts = 'fundingBySource' in f
    ? [amounts(f.fundingBySource, mk), amounts(f.fundingByUse, mk), f.tasks.map((t) => `<tr><th>${esc(t.function)}</th><td${mk.attrs(t.pos)}>${esc(t.task)}</td></tr>`).join('')]
    : [amounts(f.income, mk), amounts(f.spending, mk), f.scores.map((s) => `<tr><th>${esc(s.part)}</th><td${mk.attrs(s.pos, 'num')}>${esc(s.score)}${s.max ? ` / ${esc(s.max)}` : ''}</td></tr>`).join(''), f.total ? `<tr><th>总分</th><td${mk.attrs(f.total.pos, 'num')}>${esc(f.total.score)}</td></tr>` : '', f.grade ? `<tr><th>评价等级</th><td${mk.attrs(f.grade.pos)}>${esc(f.grade.grade)}</td></tr>` : ''];
  return `<section class="form"><h3${mk.attrs(f.pos)}>${esc(f.title)}</h3><table class="kv">${f.fields.map((x) => field(x, mk)).join('')}${parts.join('')}</table>${indicatorsHtml(f.indicators, '绩效指标', mk)}</section>`;
}
