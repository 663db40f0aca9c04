import type { Finding } from '../../model/index.js';
import type { Rule } from '../rule.js';

// A page with less text than this (a lone 附件 label, a part title) may repeat without being a copied page.
const MIN_CHARS = 20;

/** Pages repeated verbatim (warning) and blank pages (information: text extraction cannot see images). */
export const duplicateOrBlankPages: Rule = {
  id: 'duplicate-or-blank-pages',
  title: '重复页或空白页',
  category: 'text-quality',
  severity: 'warning',
  docs: 'Where the source is paginated, a page whose text repeats another page verbatim is reported as a warning (a page printed twice), and a page with no text as information — a chart or a scanned image also extracts as no text, so a blank page cannot be told apart from a picture. Sources without page breaks are not checked.',
  check(doc) {
    const out: Finding[] = [];
    const seen = new Map<string, { number: number; pos: (typeof out)[number]['location'] }>();
    for (const p of doc.pages ?? []) {
      if (p.chars === 0) {
        out.push({ rule: 'duplicate-or-blank-pages', severity: 'info', location: p.pos, params: { kind: 'blank', page: String(p.number), subject: `第${p.number}页` } });
        continue;
      }
      if (p.chars < MIN_CHARS) continue;
      const first = seen.get(p.digest);
      if (first) out.push({ rule: 'duplicate-or-blank-pages', severity: 'warning', location: p.pos, related: [first.pos], params: { kind: 'duplicate', page: String(p.number), firstPage: String(first.number), subject: `第${p.number}页 = 第${first.number}页` } });
      else seen.set(p.digest, { number: p.number, pos: p.pos });
    }
    return out;
  },
};
