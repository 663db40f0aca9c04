import type { Finding, Severity } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { textNodes, type TextNode } from '../text.js';
import { excerpt } from './placeholders.js';

const DOUBLED = /[，。；、]{2,}|：{2,}/g;
const PAIRS: readonly (readonly [string, string, string])[] = [
  ['parentheses', '（(', '）)'],
  ['quotes', '“', '”'],
  ['book-title', '《', '》'],
];

function unbalanced(node: TextNode, para: string, base: number): Finding[] {
  const out: Finding[] = [];
  for (const [kind, open, close] of PAIRS) {
    if (![...open, ...close].some((ch) => para.includes(ch))) continue;
    let depth = 0;
    let firstOpen = -1;
    for (let i = 0; i < para.length; i++) {
      const ch = para[i]!;
      if (open.includes(ch)) {
        if (depth === 0) firstOpen = i;
        depth++;
      } else if (close.includes(ch)) {
        if (depth === 0) {
          out.push(finding(node, 'unclosed-' + kind, base + i, 1, 'close'));
          depth = -Infinity;
          break;
        }
        depth--;
      }
    }
    if (depth > 0) out.push(finding(node, 'unclosed-' + kind, base + firstOpen, 1, 'open'));
  }
  return out;
}

function finding(node: TextNode, kind: string, offset: number, length: number, side?: string): Finding {
  const params: Record<string, string> = { kind, where: node.where, subject: excerpt(node.text, offset, length) };
  if (side) params['side'] = side;
  return { rule: 'punctuation', severity: 'warning', location: node.at(offset, length), actual: node.text.slice(offset, offset + length), params };
}

/** Doubled punctuation (。。, ，，, ，。) and brackets or quotes left open within a paragraph of the narrative. */
export const punctuation: Rule = {
  id: 'punctuation',
  title: '标点符号错误',
  category: 'text-quality',
  severity: 'warning',
  docs: 'Finds doubled punctuation (。。, ，，, ，。) and parentheses, quotes or book-title marks left unbalanced within one paragraph of the narrative, the glossary or a table note. Findings in OCR sources are information, since recognition itself adds such slips.',
  check(doc) {
    const out: Finding[] = [];
    const severity: Severity = doc.source.format === 'ocr-markdown' ? 'info' : 'warning';
    for (const node of textNodes(doc)) {
      if (node.where !== 'section' && node.where !== 'glossary' && node.where !== 'note') continue;
      let base = 0;
      for (const para of node.text.split('\n')) {
        for (const m of para.matchAll(DOUBLED)) out.push(finding(node, 'doubled', base + m.index, m[0].length));
        out.push(...unbalanced(node, para, base));
        base += para.length + 1;
      }
    }
    return out.map((f) => ({ ...f, severity }));
  },
};
