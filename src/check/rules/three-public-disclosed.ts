import type { Finding, NarrativeSection, Position } from '../../model/index.js';
import type { Rule } from '../rule.js';

// Topics as the narrative reader normalises them (src/model/narrative.ts FactSubjectSchema).
const THREE_PUBLIC = ['三公', '因公出国（境）费', '公务接待费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行维护费'] as const;
const PROCUREMENT_ITEMS = ['goods', 'works', 'services'] as const;

const flatten = (ss: readonly NarrativeSection[]): NarrativeSection[] => ss.flatMap((s) => [s, ...flatten(s.children)]);

/** A budget narrative states the 三公 total and items, 机关运行经费 and 政府采购 (goods, works, services) with amounts. */
export const threePublicDisclosed: Rule = {
  id: 'three-public-disclosed',
  title: '“三公”经费、机关运行经费和政府采购已说明',
  category: 'completeness',
  severity: 'warning',
  docs: 'The narrative of a budget disclosure must state with amounts the 三公 total and each item (因公出国（境）费, 公务接待费, 公务用车购置及运行费 with 购置费 and 运行维护费), the 机关运行经费, and 政府采购 with its goods, works and services.',
  check(doc) {
    if (doc.kind !== 'budget') return [];
    const sections = flatten(doc.narrative.sections);
    // Only the 三公 section counts: 公务用车运行维护费 also appears among the economic items of 基本支出.
    const threePublic = flatten(sections.filter((s) => /三公/.test(s.title)));
    const stated = new Set(threePublic.flatMap((s) => s.facts.filter((f) => f.kind === 'amount' && f.amount).map((f) => f.subject?.topic)));
    const at = (re: RegExp): Position =>
      sections.find((s) => re.test(s.title))?.pos ?? sections.find((s) => s.level === 1 && /情况说明/.test(s.title))?.pos ?? { file: doc.source.file, line: 1 };
    const base = { rule: 'three-public-disclosed', severity: 'warning' as const };
    const out: Finding[] = THREE_PUBLIC.filter((t) => !stated.has(t)).map((t) => ({ ...base, location: at(/三公/), expected: t, params: { kind: 'missing-three-public-item', item: t } }));
    if (!doc.adminOperating) out.push({ ...base, location: at(/机关运行经费/), expected: '机关运行经费', params: { kind: 'missing-admin-operating' } });
    const p = doc.procurement;
    if (!p) out.push({ ...base, location: at(/政府采购/), expected: '政府采购', params: { kind: 'missing-procurement' } });
    else for (const k of PROCUREMENT_ITEMS) if (!p[k]) out.push({ ...base, location: p.pos, expected: k, params: { kind: 'missing-procurement-item', item: k } });
    return out;
  },
};
