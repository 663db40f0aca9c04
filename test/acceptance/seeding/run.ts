// Seed errors into one document, read each mutated text again from scratch, check it, and compare the findings
// with those of the unmutated document: a seeded error is caught when a new error or warning appears (or the
// text no longer reads), and located when such a new finding points at the changed line (the table, for a
// dropped row).
import { checkDocument } from '../../../src/check/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { readText } from '../../../src/read/index.js';
import { applyDigit, chooseDigitEdit, dropLines, replaceLine, shiftLine } from './mutate.js';
import { hashText, mulberry32, sample } from './prng.js';
import { CATEGORIES, droppedRowSites, formSites, narrativeSites, tableAmountSites } from './sites.js';
import type { Category, NumberSite, RowSite, Site } from './sites.js';

/** The base seed of every stream (documents and categories get their own stream derived from it). */
export const SEED = 20261123;

/** How many errors of each kind are seeded per document at most (all sites when there are fewer). */
export const CAPS: Record<Category, number> = { 'table-amount': 40, 'dropped-row': 20, narrative: 30, 'form-year': 20, 'form-period': 10 };

/** Fewest seeded errors per document: categories with sites left are topped up in turn until it is reached. */
export const MIN_PER_DOC = 50;

/** What happened to one seeded error. */
export interface Outcome {
  doc: string;
  site: Site;
  /** The text before and after (the number token, or the dropped line). */
  original: string;
  mutated: string;
  /** Place of the changed digit (power of ten), for number sites. */
  exp?: number;
  caught: boolean;
  located: boolean;
  unreadable: boolean;
  /** Rules (rule:kind) of the new error/warning findings. */
  newRules: string[];
  /** Rules of the new info findings (e.g. a change judged to be 尾差). */
  newInfoRules: string[];
}

/** The outcomes of one document, and what could not be seeded. */
export interface DocRun {
  doc: string;
  outcomes: Outcome[];
  available: Record<Category, number>;
  skipped: { unplaced: number; sharedRows: number; noDigit: number };
  baselineProblem?: string;
}

const key = (f: Finding, line: number): string =>
  [f.rule, line, f.location.column?.start ?? '', f.location.column?.end ?? '', f.expected ?? '', f.actual ?? ''].join('|');

function count(keys: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Findings of the mutated text that the baseline (its lines mapped by `map`) does not have. */
function newFindings(baseline: readonly Finding[], mutated: readonly Finding[], map: (line: number) => number | undefined): Finding[] {
  const left = count(baseline.flatMap((f) => {
    const l = map(f.location.line);
    return l === undefined ? [] : [key(f, l)];
  }));
  const out: Finding[] = [];
  for (const f of mutated) {
    const k = key(f, f.location.line);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(f);
  }
  return out;
}

const touches = (f: Finding, from: number, to: number): boolean =>
  [f.location, ...(f.related ?? [])].some((p) => p.line <= to && (p.endLine ?? p.line) >= from);

/** How many sites of each category to seed: the caps, topped up in turn to MIN_PER_DOC where sites remain. */
export function quotas(available: Record<Category, number>, scale: number): Record<Category, number> {
  const q = Object.fromEntries(CATEGORIES.map((c) => [c, Math.min(available[c], Math.round(CAPS[c] * scale))])) as Record<Category, number>;
  const min = Math.round(MIN_PER_DOC * scale);
  let total = CATEGORIES.reduce((s, c) => s + q[c], 0);
  while (total < min && CATEGORIES.some((c) => q[c] < available[c]))
    for (const c of CATEGORIES)
      if (total < min && q[c] < available[c]) {
        q[c]++;
        total++;
      }
  return q;
}

/** Seed errors into a document's source text and measure which are caught. */
export function runDocument(doc: string, text: string, scale = 1): DocRun {
  const lines = text.split('\n');
  const base = readText(text, doc);
  const empty = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  if (!base.ok) return { doc, outcomes: [], available: empty, skipped: { unplaced: 0, sharedRows: 0, noDigit: 0 }, baselineProblem: base.error.message };
  const d = base.document;
  const baseline = checkDocument(d);
  const cells = tableAmountSites(d, lines);
  const rows = droppedRowSites(d, lines);
  const narrative = narrativeSites(d, lines);
  const forms = formSites(d, lines);
  const byCat: Record<Category, Site[]> = {
    'table-amount': cells.sites,
    'dropped-row': rows.sites,
    narrative: narrative.sites,
    'form-year': forms.sites.filter((s) => s.category === 'form-year'),
    'form-period': forms.sites.filter((s) => s.category === 'form-period'),
  };
  const available = Object.fromEntries(CATEGORIES.map((c) => [c, byCat[c].length])) as Record<Category, number>;
  const quota = quotas(available, scale);
  const outcomes: Outcome[] = [];
  let noDigit = 0;
  for (const cat of CATEGORIES) {
    const rand = mulberry32((SEED ^ hashText(`${doc}/${cat}`)) >>> 0);
    for (const site of sample(rand, byCat[cat], quota[cat])) {
      const o = site.category === 'dropped-row' ? dropRow(doc, lines, baseline, site) : changeDigit(doc, lines, baseline, site as NumberSite, rand);
      if (o) outcomes.push(o);
      else noDigit++;
    }
  }
  return { doc, outcomes, available, skipped: { unplaced: cells.unplaced + narrative.unplaced + forms.unplaced, sharedRows: rows.shared, noDigit } };
}

const ruleKind = (f: Finding): string => (f.params.kind ? `${f.rule}:${f.params.kind}` : f.rule);

function judge(doc: string, text: string, baseline: readonly Finding[], map: (l: number) => number | undefined, from: number, to: number) {
  const r = readText(text, doc);
  if (!r.ok) return { caught: true, located: false, unreadable: true, newRules: [], newInfoRules: [] };
  const fresh = newFindings(baseline, checkDocument(r.document), map);
  const serious = fresh.filter((f) => f.severity !== 'info');
  return {
    caught: serious.length > 0,
    located: serious.some((f) => touches(f, from, to)),
    unreadable: false,
    newRules: [...new Set(serious.map(ruleKind))],
    newInfoRules: [...new Set(fresh.filter((f) => f.severity === 'info').map(ruleKind))],
  };
}

function changeDigit(doc: string, lines: readonly string[], baseline: readonly Finding[], site: NumberSite, rand: () => number): Outcome | undefined {
  const edit = chooseDigitEdit(rand, site.token, site.minExp);
  if (!edit) return undefined;
  const line = lines[site.line - 1] ?? '';
  const token = applyDigit(site.token, edit);
  const text = replaceLine(lines, site.line, line.slice(0, site.start) + token + line.slice(site.start + site.token.length)).join('\n');
  return { doc, site, original: site.token, mutated: token, exp: edit.exp, ...judge(doc, text, baseline, (l) => l, site.line, site.line) };
}

function dropRow(doc: string, lines: readonly string[], baseline: readonly Finding[], site: RowSite): Outcome {
  if (site.blank) {
    const line = lines[site.line - 1] ?? '';
    const { start, end } = site.blank;
    // Spaces of the same length (tabs kept): the other groups on the line stay where they were.
    const text = replaceLine(lines, site.line, line.slice(0, start) + line.slice(start, end).replace(/[^\t]/g, ' ') + line.slice(end)).join('\n');
    const original = line.slice(start, end).replace(/\t/g, ' | ').replace(/\s+/g, ' ').trim();
    return { doc, site, original, mutated: '(cells blanked)', ...judge(doc, text, baseline, (l) => l, site.tableFrom, site.tableTo) };
  }
  const text = dropLines(lines, site.line, site.endLine).join('\n');
  const map = (l: number): number | undefined => shiftLine(l, site.line, site.endLine);
  const removed = lines.slice(site.line - 1, site.endLine).map((l) => l.replace(/\t/g, ' | ').replace(/\s+/g, ' ').trim()).join(' / ');
  // The table shrinks by the dropped lines; a finding anywhere in what is left of it counts as located.
  const to = site.tableTo - (site.endLine - site.line + 1);
  return { doc, site, original: removed, mutated: '(line removed)', ...judge(doc, text, baseline, map, site.tableFrom, to) };
}
