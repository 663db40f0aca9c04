import type { Document, Finding, RuleCategory, Severity } from '../model/index.js';

/** One check: an id, a Chinese title, a category, a default severity, a short doc, and a pure function of the model. */
export interface Rule {
  id: string;
  title: string;
  category: RuleCategory;
  severity: Severity;
  /** What the rule checks and why, in a sentence or two (shown by `gongkai rules`). */
  docs: string;
  check(doc: Document): Finding[];
}
