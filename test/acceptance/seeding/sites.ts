// Where errors can be seeded, found from the positions of the model read from the ORIGINAL text. The model
// only says where a printed figure or row stands; the error is then made in the source text, which is read
// again from scratch, so the reader and the rules see nothing of how the site was chosen.
import type { Document } from '../../../src/model/document.js';
import type { NarrativeFact } from '../../../src/model/narrative.js';
import type { Position } from '../../../src/model/position.js';
import type { Row, Table } from '../../../src/model/table.js';
import { facts } from '../support.js';

/** The kinds of seeded error, in the order they are reported. */
export const CATEGORIES = ['table-amount', 'dropped-row', 'narrative', 'form-year', 'form-period'] as const;
/** A kind of seeded error. */
export type Category = (typeof CATEGORIES)[number];

/** What a site is, for the report of misses: table/fact/form, row or topic, column or text. */
export interface SiteInfo {
  where: string;
  item: string;
  detail: string;
  note: string;
}

/** A printed number whose digits can be changed: its token in a source line. */
export interface NumberSite extends SiteInfo {
  category: Exclude<Category, 'dropped-row'>;
  line: number;
  /** Offset of the number token in the line. */
  start: number;
  token: string;
  /** Lowest power of ten of the printed unit a digit change may touch. */
  minExp: number;
}

/** A coded row whose whole source line(s) can be removed. */
export interface RowSite extends SiteInfo {
  category: 'dropped-row';
  line: number;
  endLine: number;
  /** For a row printed beside others on one line (side-by-side groups): the span of its cells, blanked instead of removing the line. */
  blank?: { start: number; end: number };
  /** Source lines of the table (title to last row), to tell whether a finding points into it. */
  tableFrom: number;
  tableTo: number;
}

/** A seeding site. */
export type Site = NumberSite | RowSite;

const NUMBER = /-?\d[\d,]*(?:\.\d+)?/g;

/** A printed number reduced to a canonical decimal (no separators, no trailing decimal zeros). */
export function canonical(s: string): string {
  let t = s.replace(/,/g, '');
  if (t.includes('.')) t = t.replace(/0+$/, '').replace(/\.$/, '');
  const neg = t.startsWith('-');
  t = (neg ? t.slice(1) : t).replace(/^0+(?=\d)/, '');
  return (neg ? '-' : '') + t;
}

/** The source spans a position covers: [start, end) on its line, or from start to end over several lines. */
function spans(pos: Position, lines: readonly string[]): { line: number; from: number; to: number }[] {
  const first = pos.line;
  const last = pos.endLine ?? pos.line;
  const out: { line: number; from: number; to: number }[] = [];
  for (let l = first; l <= last; l++) {
    const text = lines[l - 1] ?? '';
    const from = l === first ? pos.column?.start ?? 0 : 0;
    const to = l === last ? pos.column?.end ?? text.length : text.length;
    out.push({ line: l, from, to });
  }
  return out;
}

/** The token of a printed number with the given value inside a position, when exactly one is found. */
function numberAt(pos: Position, value: string, lines: readonly string[]): { line: number; start: number; token: string } | undefined {
  const hits: { line: number; start: number; token: string }[] = [];
  for (const s of spans(pos, lines)) {
    const text = (lines[s.line - 1] ?? '').slice(s.from, s.to);
    for (const m of text.matchAll(NUMBER))
      if (canonical(m[0]) === canonical(value)) hits.push({ line: s.line, start: s.from + (m.index ?? 0), token: m[0] });
  }
  return hits.length === 1 ? hits[0] : undefined;
}

const label = (t: Table, key: string): string => t.columns.find((c) => c.key === key)?.label ?? key;

/** Every table cell holding an amount. */
export function tableAmountSites(d: Document, lines: readonly string[]): { sites: NumberSite[]; unplaced: number } {
  const sites: NumberSite[] = [];
  let unplaced = 0;
  for (const t of d.tables)
    for (const r of t.rows)
      for (const [key, c] of Object.entries(r.cells)) {
        if (!c.amount) continue;
        const at = numberAt({ ...c.pos, endLine: c.pos.line }, c.amount.value, lines);
        if (!at) {
          unplaced++;
          continue;
        }
        const zero = canonical(c.amount.value) === '0';
        sites.push({
          category: 'table-amount',
          ...at,
          minExp: -1,
          where: `${t.kind} 《${t.title}》`,
          item: `${r.side ? `[${r.side}] ` : ''}${r.code ?? ''} ${r.name} (${r.role}${r.level ? `/${r.level}` : ''})`.trim(),
          detail: label(t, key),
          note: [zero ? 'zero' : '', c.amount.unit].filter(Boolean).join(' '),
        });
      }
  return { sites, unplaced };
}

/** The span [start, end) of a row's cells on its line. */
function cellSpan(r: Row): { start: number; end: number } | undefined {
  const cols = Object.values(r.cells).flatMap((c) => (c.pos.line === r.pos.line && c.pos.column ? [c.pos.column] : []));
  return cols.length === 0 ? undefined : { start: Math.min(...cols.map((c) => c.start)), end: Math.max(...cols.map((c) => c.end)) };
}

/**
 * Every classification row (类/款/项, function or economic) of a typed table. A row with its source line(s) to
 * itself is dropped by removing the lines; a one-line row printed beside others (side-by-side groups) by
 * blanking its cells (same length), when no other row's cell lies in that span.
 */
export function droppedRowSites(d: Document, lines: readonly string[]): { sites: RowSite[]; shared: number } {
  const rowsOnLine = new Map<number, Row[]>();
  for (const t of d.tables)
    for (const r of t.rows)
      for (let l = r.pos.line; l <= (r.pos.endLine ?? r.pos.line); l++) rowsOnLine.set(l, [...(rowsOnLine.get(l) ?? []), r]);
  const sites: RowSite[] = [];
  let shared = 0;
  for (const t of d.tables) {
    if (t.kind === 'generic' || t.rows.length === 0) continue;
    const tableTo = Math.max(...t.rows.map((r) => r.pos.endLine ?? r.pos.line));
    for (const r of t.rows) {
      // Shanxi's 表6 prints economic rows by name only: they are code rows all the same (level and classification known).
      if (r.classification === undefined || (r.code === undefined && r.level === undefined)) continue;
      const code = r.code ?? '';
      const from = r.pos.line;
      const to = r.pos.endLine ?? r.pos.line;
      let alone = true;
      for (let l = from; l <= to; l++) if ((rowsOnLine.get(l) ?? []).length !== 1 || (lines[l - 1] ?? '').includes('\f')) alone = false;
      let blank: { start: number; end: number } | undefined;
      if (!alone) {
        const span = from === to ? cellSpan(r) : undefined;
        const others = (rowsOnLine.get(from) ?? []).filter((x) => x !== r);
        const clash = (x: Row): boolean => Object.values(x.cells).some((c) => c.pos.line === from && c.pos.column !== undefined && span !== undefined && c.pos.column.start < span.end && c.pos.column.end > span.start);
        if (!span || others.some(clash)) {
          shared++;
          continue;
        }
        blank = span;
      }
      const amounts = Object.values(r.cells).filter((c) => c.amount);
      const zero = amounts.every((c) => canonical(c.amount?.value ?? '0') === '0');
      const parentOnly = t.rows.filter((x) => x !== r && x.code !== undefined && code.startsWith(x.code) && x.code.length < code.length);
      const siblings = t.rows.filter(
        (x) => x !== r && x.code !== undefined && x.code.length === code.length && x.code.slice(0, -2) === code.slice(0, -2) && x.classification === r.classification,
      );
      sites.push({
        category: 'dropped-row',
        line: from,
        endLine: to,
        ...(blank ? { blank } : {}),
        tableFrom: t.pos.line,
        tableTo,
        where: `${t.kind} 《${t.title}》`,
        item: `${code || '(no code)'} ${r.name}${r.name2 ? `/${r.name2}` : ''} (${r.role}${r.level ? `/${r.level}` : ''}, ${r.classification})`,
        detail: `${amounts.length} amounts`,
        note: [zero ? 'all-zero' : '', blank ? 'side-by-side' : '', parentOnly.length > 0 && siblings.length === 0 && code.length > 3 ? 'only-child' : ''].filter(Boolean).join(' '),
      });
    }
  }
  return { sites, shared };
}

const NARRATIVE_KINDS: readonly NarrativeFact['kind'][] = ['amount', 'share', 'change', 'growth'];

/** Every narrative amount, share, change or growth figure. */
export function narrativeSites(d: Document, lines: readonly string[]): { sites: NumberSite[]; unplaced: number } {
  const sites: NumberSite[] = [];
  let unplaced = 0;
  for (const f of facts(d)) {
    if (!NARRATIVE_KINDS.includes(f.kind)) continue;
    const value = f.amount?.value ?? f.number;
    if (value === undefined) continue; // 持平: no figure printed
    const at = numberAt(f.pos, value, lines);
    if (!at) {
      unplaced++;
      continue;
    }
    sites.push({
      category: 'narrative',
      ...at,
      minExp: -1,
      where: `fact ${f.kind}${f.measure ? ` (${f.measure})` : ''}`,
      item: `${f.subject?.topic ?? '(no subject)'}${f.subject?.code ? ` [${f.subject.code}]` : ''}`,
      detail: f.text,
      note: [f.amount?.unit ?? f.unit ?? '', f.ref === undefined && f.kind !== 'amount' ? 'no-ref' : ''].filter(Boolean).join(' '),
    });
  }
  return { sites, unplaced };
}

/**
 * The year (年度资金总额) and period (实施期) totals of the project forms. Forms print 元 and are compared with
 * tables in 万元, where anything under 0.01 万元 is 尾差, so in 元 only digits worth 1,000 元 (0.1 万元) or more change.
 */
export function formSites(d: Document, lines: readonly string[]): { sites: NumberSite[]; unplaced: number } {
  const sites: NumberSite[] = [];
  let unplaced = 0;
  for (const p of d.forms.projects)
    for (const which of ['year', 'period'] as const) {
      const total = p.funding[which]?.total;
      if (!total) continue;
      const at = numberAt({ ...total.pos, endLine: total.pos.line }, total.value, lines);
      if (!at) {
        unplaced++;
        continue;
      }
      const f = p.funding[which];
      const sources = f ? (['central', 'provincial', 'local', 'selfRaised', 'other'] as const).filter((k) => f[k] !== undefined).length : 0;
      sites.push({
        category: which === 'year' ? 'form-year' : 'form-period',
        ...at,
        minExp: total.unit === '元' ? 3 : -1,
        where: `form ${which} total`,
        item: p.projectName,
        detail: `${total.raw} ${total.unit}`,
        note: `${sources} sources`,
      });
    }
  return { sites, unplaced };
}
