// The verbs of change printed right before an amount (增加139.31万元) or a rate (增长3.15%).
import type { NarrativeFact } from '../../model/index.js';

const MONEY_VERB = /(增加|减少|增长|下降|降低|上升|节约|节省|压减|核减|增|减)(?:了|为|约)?$/;
const RATE_VERB = /(增长|下降|减少|增加|降低|上升|增幅|降幅|减幅|提高)(?:[（(](?:增长|下降|减少|增加)[）)])?(?:了|为|约)?$/;
// A regex anchored at the end is tried at every position of its input, so both only see the last
// VERB_WINDOW characters before the number: more than their longest match, and neither has a lookbehind.
const VERB_WINDOW = 12;
// The last characters those verbs (or the bracketed 增长 after one) can end with, and the words that may
// follow them: a cheap test before either regex.
const MONEY_VERB_END = codes('加少长降低升约省减增');
const RATE_VERB_END = codes('长降少加低升幅高）)');
const VERB_SUFFIX = codes('了为约');
const INCREASE = /^(增加|增长|上升|增幅|提高|增)/;

function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** Whether `text` may end with a verb whose last characters are `ends` (before 了/为/约). */
function mayEndWith(text: string, ends: ReadonlySet<number>): boolean {
  const last = text.charCodeAt(text.length - 1);
  return ends.has(last) || (VERB_SUFFIX.has(last) && ends.has(text.charCodeAt(text.length - 2)));
}

/** The change verb printed right before position `at` of `text`: an amount's (`money`) or a rate's. */
export function verbBefore(text: string, at: number, money: boolean): RegExpExecArray | null {
  const before = text.slice(Math.max(0, at - VERB_WINDOW), at);
  if (money) return mayEndWith(before, MONEY_VERB_END) ? MONEY_VERB.exec(before) : null;
  return mayEndWith(before, RATE_VERB_END) ? RATE_VERB.exec(before) : null;
}

/** The text without a change verb at its end (an amount's, then a rate's). */
export function withoutVerb(text: string): string {
  return text.replace(MONEY_VERB, '').replace(RATE_VERB, '');
}

/** The direction a verb says. */
export function directionOf(verb: string | undefined): NarrativeFact['direction'] {
  return INCREASE.test(verb ?? '') ? 'increase' : 'decrease';
}
