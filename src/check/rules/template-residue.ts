import type { Finding } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { textNodes } from '../text.js';
import { excerpt } from './placeholders.js';

// Alternatives the template offers for the writer to choose from, printed as they stand.
const ALTERNATIVES = /(?:增加|增长|上升|减少|下降)[（(](?:减少|下降|增加|增长|上升)[）)]|[增减][（(][减增][）)]/g;
// A reason or a use announced and not given: “主要原因是。”, “主要用于；”.
const EMPTY_CLAUSE = /(?:主要原因|变动原因|增减原因|原因)(?:是|为|主要是)?[:：]?\s*[。；;]|(?:主要用于|用于)[:：]?\s*[。；;]|(?:主要原因|原因)(?:是|为)[:：]?\s*$/gm;

// Cheap tests that rule a text out before the full patterns run (most texts are figures or plain prose).
const MAY_HOLD = { alternatives: /[（(]/, 'empty-clause': /原因|用于/ } as const;

/** Template text left unfilled: 增加（减少） alternatives, a reason or use clause with nothing in it. */
export const templateResidue: Rule = {
  id: 'template-residue',
  title: '模板文字未填写',
  category: 'text-quality',
  severity: 'warning',
  docs: 'Finds template text left as it was: alternatives for the writer to choose from (增加（减少）, 增长（下降）) and clauses that announce a reason or a use and give none (主要原因是。, 主要用于。). Such text shows the explanation was never written.',
  check(doc) {
    const out: Finding[] = [];
    for (const node of textNodes(doc)) {
      if (node.where === 'contents') continue;
      for (const [kind, re] of [['alternatives', ALTERNATIVES], ['empty-clause', EMPTY_CLAUSE]] as const) {
        if (!MAY_HOLD[kind].test(node.text)) continue;
        for (const m of node.text.matchAll(re)) {
          // A cell or form label ending in 原因是 is a label, not an unfinished sentence.
          if (kind === 'empty-clause' && !/[。；;]$/.test(m[0]) && node.where !== 'section') continue;
          out.push({ rule: 'template-residue', severity: 'warning', location: node.at(m.index, m[0].length), actual: m[0], params: { kind, where: node.where, subject: excerpt(node.text, m.index, m[0].length) } });
        }
      }
    }
    return out;
  },
};
