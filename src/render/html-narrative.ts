import type { NarrativeSection } from '../model/index.js';
import { type Marker, esc } from './html-parts.js';

// The section text with each figure wrapped where its text stands, so that a finding on a figure can link to it
// and mark it; a figure whose text cannot be found in order is left unwrapped rather than guessed.
function markedText(s: NarrativeSection, mk: Marker): string {
  const facts = [...s.facts].sort((a, b) => a.pos.line - b.pos.line || (a.pos.column?.start ?? 0) - (b.pos.column?.start ?? 0));
  let out = '';
  let i = 0;
  for (const f of facts) {
    const at = f.text ? s.text.indexOf(f.text, i) : -1;
    if (at < 0) continue;
    out += `${esc(s.text.slice(i, at))}<span${mk.attrs(f.pos, 'fact')}>${esc(f.text)}</span>`;
    i = at + f.text.length;
  }
  return out + esc(s.text.slice(i));
}

/** The narrative sections as printed: numbered headings and their text, every figure an anchor. */
export function narrativeHtml(sections: readonly NarrativeSection[], mk: Marker): string {
  return sections
    .map((s) => {
      const h = Math.min(6, 3 + s.level);
      const text = s.text.trim() ? `<p>${markedText(s, mk)}</p>` : '';
      return `<section class="narrative"><h${h}${mk.attrs(s.pos)}>${esc([s.number, s.title].filter(Boolean).join(' '))}</h${h}>${text}${narrativeHtml(s.children, mk)}</section>`;
    })
    .join('\n');
}
