// The recall table printed by the seeding test, and the list of misses written for tuning the rules.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DocRun, Outcome } from './run.js';
import { CATEGORIES } from './sites.js';
import type { Category } from './sites.js';

/** Recall targets of the issue per category. */
export const TARGETS: Record<Category, number> = { 'table-amount': 0.97, 'dropped-row': 0.97, narrative: 0.9, 'form-year': 0.9, 'form-period': 0.9 };

/** Seeded, caught and located counts. */
export interface Tally {
  seeded: number;
  caught: number;
  located: number;
}

/** Counts of a list of outcomes. */
export function tally(outcomes: readonly Outcome[]): Tally {
  return { seeded: outcomes.length, caught: outcomes.filter((o) => o.caught).length, located: outcomes.filter((o) => o.located).length };
}

const pct = (n: number, of: number): string => (of === 0 ? '—' : `${((100 * n) / of).toFixed(1)}%`);

/** The recall table: one line per document and category, then the totals per category with their targets. */
export function recallTable(runs: readonly DocRun[]): string {
  const out: string[] = [];
  const row = (a: string, b: string, t: Tally, extra = ''): string =>
    `${a.padEnd(48)} ${b.padEnd(24)} ${String(t.seeded).padStart(6)} ${String(t.caught).padStart(6)} ${pct(t.caught, t.seeded).padStart(7)} ${pct(t.located, t.seeded).padStart(8)}${extra}`;
  out.push(`${'document'.padEnd(48)} ${'category'.padEnd(24)} ${'seeded'.padStart(6)} ${'caught'.padStart(6)} ${'recall'.padStart(7)} ${'located'.padStart(8)}`);
  for (const r of runs) {
    if (r.baselineProblem) out.push(`${r.doc}: the unmutated document does not read: ${r.baselineProblem}`);
    for (const c of CATEGORIES) {
      const list = r.outcomes.filter((o) => o.site.category === c);
      if (list.length > 0) out.push(row(r.doc, c, tally(list), `   (of ${r.available[c]} sites)`));
    }
    out.push(row(r.doc, 'all', tally(r.outcomes)));
    const k = r.skipped;
    if (k.unplaced + k.sharedRows + k.noDigit > 0)
      out.push(`  not seedable: ${k.unplaced} figures not found at their position, ${k.sharedRows} rows sharing a line, ${k.noDigit} numbers without a digit to change`);
  }
  out.push('');
  for (const c of CATEGORIES) {
    const t = tally(runs.flatMap((r) => r.outcomes.filter((o) => o.site.category === c)));
    out.push(row('ALL DOCUMENTS', c, t, `   target ${(100 * TARGETS[c]).toFixed(0)}% ${t.seeded > 0 && t.caught / t.seeded >= TARGETS[c] ? 'met' : 'NOT MET'}`));
  }
  out.push('', 'by kind of site (zero = a 0.00 cell made non-zero; all-zero = a dropped row without amounts; only-child = a dropped row that was its parent\'s only child; side-by-side = a row blanked beside others on its line; a row gets the first that applies):');
  const groups = new Map<string, Outcome[]>();
  for (const o of runs.flatMap((r) => r.outcomes)) {
    const tag = /\b(all-zero|only-child|side-by-side|zero)\b/.exec(o.site.note)?.[1] ?? 'other';
    const k = `${o.site.category} ${tag}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  for (const [k, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) out.push(row('', k, tally(list)));
  return out.join('\n');
}

const cellText = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

const HEADER = ['doc', 'category', 'line', 'original', 'mutated', 'place', 'where', 'item', 'detail', 'note', 'caught', 'located', 'new_rules', 'new_info_rules'];

function tsvLine(o: Outcome): string {
  const s = o.site;
  return [o.doc, s.category, s.category === 'dropped-row' ? `${s.line}-${s.endLine}` : s.line, o.original, o.mutated, o.exp ?? '', s.where, s.item, s.detail, s.note, o.caught, o.located, o.newRules.join(','), o.newInfoRules.join(',')]
    .map((v) => cellText(String(v)))
    .join('\t');
}

/** Write outcomes as a tab-separated file (header first), creating its folder. */
export function writeTsv(path: string, outcomes: readonly Outcome[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, [HEADER.join('\t'), ...outcomes.map(tsvLine)].join('\n') + '\n');
}
