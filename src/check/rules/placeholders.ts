import type { Finding } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { textNodes } from '../text.js';

// Template placeholders: XX/×× standing for a figure or a date, ＊＊, 某某, and bracketed template slots
// ([单位名称], 【项目名称】, 〔请填写…〕). Bracketed document numbers ([2018]、【2024】) are not slots.
const PLACEHOLDER = /(?<![A-Za-z])(?:XX|xx|ｘｘ|ＸＸ)+(?![A-Za-z])|×{2,}|＊{2,}|某某|[[［【〔<＜]\s*(?:请?填写[^\]］】〕>＞]{0,12}|(?:单位|部门|项目|机构|地区)名称|XX[^\]］】〕>＞]{0,12})\s*[\]］】〕>＞]/g;

// Most texts are figures: one cheap test for the characters a placeholder starts with skips them.
const MAY_HOLD = /[XxｘＸ×＊某[［【〔<＜]/;

/** Template placeholders (XX, ××, ＊＊, 某某, [单位名称]) left in titles, narrative, tables or forms. */
export const placeholders: Rule = {
  id: 'placeholders',
  title: '模板占位符未替换',
  category: 'text-quality',
  severity: 'warning',
  docs: 'Finds template placeholders left in the published text — XX or ×× in place of a figure or date, ＊＊, 某某, and bracketed slots such as [单位名称] — in titles, narrative, table cells and performance forms. A placeholder means the template was not filled in.',
  check(doc) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const node of textNodes(doc)) {
      if (!MAY_HOLD.test(node.text)) continue;
      for (const m of node.text.matchAll(PLACEHOLDER)) {
        const location = node.at(m.index, m[0].length);
        const key = `${location.line}:${location.column?.start ?? ''}:${m[0]}:${node.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ rule: 'placeholders', severity: 'warning', location, actual: m[0], params: { kind: 'placeholder', where: node.where, subject: excerpt(node.text, m.index, m[0].length) } });
      }
    }
    return out;
  },
};

/** The matched text with a few characters either side, for the message. */
export function excerpt(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 12);
  const to = Math.min(text.length, index + length + 12);
  return text.slice(from, to).replace(/\s+/g, ' ');
}
