// Anchor ids of everything the document page prints at a source position, and the table cell each narrative figure
// restates (the pairing narrative-matches-tables uses, src/check/narrative-ties.ts).
import type { Document, Indicator, Position } from '../../../src/model/index.js';
import { factsInContext, tieOf } from '../../../src/check/narrative-ties.js';
import { ownFigure } from '../../../src/check/rules/narrative-matches-tables.js';

/** The anchor id of a cell, figure or field (or any printed place) by its line and column. */
export const placeId = (p: Position): string => (p.column ? `c${p.line}-${p.column.start}` : `l${p.line}`);

/** Every position the page prints with an anchor: table cells, narrative figures and headings, form fields. */
export function anchorsOf(doc: Document): Set<string> {
  const out = new Set<string>();
  const add = (p: Position | undefined): void => {
    if (p) out.add(placeId(p));
  };
  for (const t of doc.tables) {
    add(t.pos);
    for (const r of t.rows) for (const c of Object.values(r.cells)) add(c.pos);
  }
  const walk = (ss: Document['narrative']['sections']): void => {
    for (const s of ss) {
      add(s.pos);
      for (const f of s.facts) add(f.pos);
      walk(s.children);
    }
  };
  walk(doc.narrative.sections);
  const indicators = (list: readonly Indicator[]): void => list.forEach((i) => add(i.pos));
  for (const f of doc.forms.projects) {
    add(f.pos);
    for (const half of [f.funding.period, f.funding.year]) for (const m of Object.values(half ?? {})) if (m && 'pos' in m) add(m.pos);
    for (const x of [...Object.values(f.texts), f.goals.period, f.goals.year, ...f.fields]) add(x?.pos);
    add(f.procurement?.amount?.pos);
    indicators(f.indicators.period);
    indicators(f.indicators.year);
  }
  for (const f of doc.forms.departmentTargets) {
    add(f.pos);
    for (const x of [...f.fields, ...f.fundingBySource, ...f.fundingByUse, ...f.tasks]) add(x.pos);
    indicators(f.indicators);
  }
  for (const f of doc.forms.selfEvaluations) {
    add(f.pos);
    for (const x of [...f.fields, ...f.income, ...f.spending, ...f.scores]) add(x.pos);
    add(f.total?.pos);
    add(f.grade?.pos);
    indicators(f.indicators);
  }
  return out;
}

/** For each narrative amount of the document's own year that a narrative rule ties to table cells: fact anchor → first cell anchor. */
export function factTies(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const { context, fact } of factsInContext(doc)) {
    if (fact.kind !== 'amount' || !fact.amount || !ownFigure(doc, fact)) continue;
    const cell = tieOf(context, fact)?.cells[0];
    if (cell) out.set(placeId(fact.pos), placeId(cell.pos));
  }
  return out;
}
