import type { PublishNode } from '../tree.js';
import type { SectionWriter } from './context.js';
import { sourceSection } from './text.js';

/** 十二、其他说明: carried over as entered; 无 when the source says nothing more. */
export const other: SectionWriter = {
  title: '其他说明',
  write({ doc }) {
    const s = sourceSection(doc, /^其他说明$/);
    const texts = s ? [s.text, ...s.children.flatMap((c) => [`${c.number}${c.title}`, c.text])] : [];
    // 续表 is a continuation mark of the printed catalogue, not text.
    const lines = texts.flatMap((t) => t.split('\n')).map((t) => t.trim().replace(/续表$/, '')).filter(Boolean);
    return (lines.length ? lines : ['无']).map((text): PublishNode => ({ type: 'paragraph', runs: [{ text }] }));
  },
};
