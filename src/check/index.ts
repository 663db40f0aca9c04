import type { Document, Finding } from '../model/index.js';
import { RULES } from './registry.js';
import type { Rule } from './rule.js';

export type { Rule } from './rule.js';
export { RULES } from './registry.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Run the rules (all by default) over a document; findings sorted by severity, then line. */
export function checkDocument(doc: Document, rules: readonly Rule[] = RULES): Finding[] {
  return rules
    .flatMap((r) => r.check(doc))
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.location.line - b.location.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
