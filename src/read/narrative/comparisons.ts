// How a comparison is printed: 比/较/与/同 and the basis compared with (上年, 2025年预算, 年初预算…).

/** The basis of a comparison as printed (上年, 2025年预算, 年初预算…), captured. */
export const BASIS =
  '(上年度?同期|上一年度?|上一度|上年(?:预算|决算)数?|上年度?|去年|\\d{4}年度?(?:预算执行数|预算数|预算|决算数|决算)?|年初预算数?|全年预算数?|预算数?|决算数?)';
/** 比/较/与/同 + basis, anywhere (global). */
export const COMPARE = new RegExp(`(?<!相)(?:比|较|与|同)${BASIS}`, 'g');
/** Whether a text compares at all. */
export const COMPARES = new RegExp(`(?<!相)(?:比|较|与|同)${BASIS}`);
/** Whether a text may hold a comparison at all (比/较/与/同 starts every one). */
export function mayCompare(text: string): boolean {
  return text.includes('比') || text.includes('较') || text.includes('与') || text.includes('同');
}
/** A comparison phrase to remove from the words that may name a topic. */
export const COMPARE_STRIP = new RegExp(`(?<!相)(?:比|较|与|同)(?:${BASIS}(?:相比)?|相比)`, 'g');
const SAME_WORDS = '(?:相同|持平|一致|不变|无变化)';
/** A comparison that finds no change (与上年预算数相同, 比2024年预算执行数持平). */
export const SAME = new RegExp(`(?<!相)(?:与|同|比|较)${BASIS}?(?:相比)?(?:预算数|决算数)?(?:基本)?${SAME_WORDS}`, 'g');
/** Whether a text holds the words a SAME match ends with (a cheap test before the search). */
export const SAME_HINT = new RegExp(SAME_WORDS);

/**
 * A final account's figure said to be above or below another without an amount (决算数小于预算数, 决算数大于年初预算数):
 * the comparative word (captured) and the basis (captured).
 */
export const COMPARATIVE = /(?:决算数?|执行数)(?:均|略)?(大于|高于|超过|多于|小于|低于|少于)(年初预算数?|全年预算数?|预算数?|上年度?(?:决算|预算)?数?|\d{4}年度?(?:预算|决算)?数?)/g;
/** Whether a comparative word says the figure is larger. */
export const LARGER = /^(大于|高于|超过|多于)$/;

const PRIOR_YEAR = new Set(['上一年', '上一年度', '上一度', '上年度', '去年']);

/** 上一年度 → 上年, 2025年度预算数 → 2025年预算. */
export function normalizeBasis(s: string): string {
  // The first 年度 after a four-digit year becomes 年; a final 数 goes, except in 预算执行数.
  let t = s;
  for (let at = t.indexOf('年度'); at >= 0; at = t.indexOf('年度', at + 1))
    if (at >= 4 && isDigits(t, at - 4, at)) {
      t = t.slice(0, at + 1) + t.slice(at + 2);
      break;
    }
  if (t.endsWith('数') && !t.endsWith('执行数')) t = t.slice(0, -1);
  if (PRIOR_YEAR.has(t)) return '上年';
  return t.startsWith('上年度') ? `上年${t.slice(3)}` : t;
}

function isDigits(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
