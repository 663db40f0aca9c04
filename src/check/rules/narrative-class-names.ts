import type { Document, Finding, NarrativeFact, NarrativeSection } from '../../model/index.js';
import { functionClassCode } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { codeName, codedRows } from './code-named-consistently.js';

const ID = 'narrative-class-names';

/** Function-code rows of every table: code → the names it is printed with. */
function printedNames(doc: Document): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const t of doc.tables) {
    for (const r of codedRows(t.noData ? [] : t.rows)) {
      if (r.classification !== 'function' || !r.code) continue;
      const names = m.get(r.code) ?? new Set<string>();
      names.add(codeName(r.name));
      m.set(r.code, names);
    }
  }
  return m;
}

/** Codes of the given length under a parent code, with their names, as the tables print them. */
function childrenOf(names: Map<string, Set<string>>, parent: string): [string, Set<string>][] {
  return [...names].filter(([code]) => code.length === parent.length + 2 && code.startsWith(parent));
}

/** Each section's own facts, section by section (a path is judged once per section). */
function factGroups(sections: readonly NarrativeSection[]): NarrativeFact[][] {
  return sections.flatMap((s) => [s.facts, ...factGroups(s.children)]);
}

/** The first level of a 类/款/项 path that the tables do not print under its parent, as a finding. */
function checkPath(f: NarrativeFact, path: readonly string[], names: Map<string, Set<string>>): Finding | undefined {
  let parent = functionClassCode(path[0] ?? '');
  if (!parent) return undefined;
  for (const [i, level] of [[1, '款'], [2, '项']] as const) {
    const printed = path[i];
    if (printed === undefined) return undefined;
    const children = childrenOf(names, parent);
    // Only a parent whose children the tables print can tell a wrong name from an unprinted one.
    if (children.length === 0) return undefined;
    const hit = children.find(([, ns]) => ns.has(codeName(printed)));
    if (!hit) {
      return {
        rule: ID,
        severity: 'warning',
        location: f.pos,
        expected: children.map(([code, ns]) => `${code} ${[...ns].join('/')}`).join('；'),
        actual: printed,
        params: { kind: 'path-name-not-in-tables', subject: path.join(' → '), level, parent },
      };
    }
    parent = hit[0];
  }
  return undefined;
}

/** A 类/款/项 path named in the narrative uses the names its tables print. */
export const narrativeClassNames: Rule = {
  id: ID,
  title: '情况说明科目名称与报表一致',
  category: 'classification',
  severity: 'warning',
  docs: 'Each 类/款/项 path the 情况说明 names (社会保障和就业支出（类）行政事业单位养老支出（款）…（项）) is looked up in the function-coded rows of the document\'s tables: a 款 or 项 name that no table prints under its parent is a warning (a wrong or outdated name, or a figure under the wrong heading), reported once per path and section; parents whose children no table prints are not judged.',
  check(doc) {
    const names = printedNames(doc);
    const out: Finding[] = [];
    for (const facts of factGroups(doc.narrative.sections)) {
      const seen = new Set<string>();
      for (const f of facts) {
        const path = f.subject?.path;
        if (!path || path.length < 2 || seen.has(path.join('/'))) continue;
        seen.add(path.join('/'));
        const finding = checkPath(f, path, names);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};
