import { compareDecimals } from '../../model/decimal.js';
import type { Document, Finding, NarrativeFact, NarrativeSection } from '../../model/index.js';
import type { Rule } from '../rule.js';

const ID = 'three-public-change-reasons';

// Topics as the narrative reader normalises them (src/model/narrative.ts FactSubjectSchema).
const THREE_PUBLIC = new Set(['三公', '因公出国（境）费', '公务接待费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行维护费']);
/** A reason with something after it: 主要原因是…, 原因：…, 主要是…, 由于…. */
const REASON = /(?:原因(?:是|为|在于|主要是)?|主要是|由于)[：:，,]?[^，,。；;：:\s]{2,}/;

/** Where each fact stands in the section text (whitespace dropped, as the text has none); undefined when not found. */
function offsets(s: NarrativeSection): (number | undefined)[] {
  let cursor = 0;
  return s.facts.map((f) => {
    const at = s.text.indexOf(f.text.replace(/\s+/g, ''), cursor);
    if (at < 0) return undefined;
    cursor = at;
    return at;
  });
}

/** A change of a 三公 figure: up or down, by a non-zero amount or rate (持平 needs no reason). */
function isChange(f: NarrativeFact): boolean {
  if ((f.kind !== 'change' && f.kind !== 'growth') || f.direction === 'same' || !THREE_PUBLIC.has(f.subject?.topic ?? '')) return false;
  const v = f.kind === 'change' ? f.amount?.value : f.number;
  return v !== undefined && compareDecimals(v, '0') !== 0;
}

function checkSection(s: NarrativeSection): Finding[] {
  const at = offsets(s);
  const out: Finding[] = [];
  const done = new Set<string>();
  s.facts.forEach((f, i) => {
    const start = at[i];
    const topic = f.subject?.topic ?? '';
    if (!isChange(f) || start === undefined || done.has(topic)) return;
    done.add(topic);
    // The reason follows in the same paragraph: for the total anywhere in it (the items' reasons explain it),
    // for an item before the next item is spoken of.
    let end = s.text.indexOf('\n', start);
    if (end < 0) end = s.text.length;
    if (topic !== '三公') {
      const next = s.facts.findIndex((g, k) => k > i && at[k] !== undefined && THREE_PUBLIC.has(g.subject?.topic ?? '') && g.subject?.topic !== topic);
      const nextAt = next >= 0 ? at[next] : undefined;
      if (nextAt !== undefined && nextAt < end) end = nextAt;
    }
    if (REASON.test(s.text.slice(start, end))) return;
    out.push({ rule: ID, severity: 'warning', location: f.pos, actual: f.text, params: { kind: 'no-reason', subject: topic, change: f.text } });
  });
  return out;
}

function walk(ss: readonly NarrativeSection[], inside: boolean): Finding[] {
  return ss.flatMap((s) => {
    const here = inside || /三公/.test(s.title);
    return [...(here ? checkSection(s) : []), ...walk(s.children, here)];
  });
}

/** Every year-over-year change of 三公 or one of its items stated in the 三公 section comes with its reason. */
export const threePublicChangeReasons: Rule = {
  id: ID,
  title: '“三公”经费增减变动已说明原因',
  category: 'completeness',
  severity: 'warning',
  docs: 'When the 三公 section says the total or an item went up or down (增加/减少 x万元, 增长/下降 x%), a reason (主要原因是…, 原因是…, 主要是…) follows in the same paragraph; disclosure rules require the causes of 三公 changes to be explained. 持平 needs no reason.',
  check: (doc: Document) => walk(doc.narrative.sections, false),
};
