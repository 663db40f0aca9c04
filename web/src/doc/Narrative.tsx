import type { ReactNode } from 'react';
import type { Finding } from '../api';
import { SEVERITY_ZH } from '../format';
import type { NarrativeFact, NarrativeSection } from '../../../src/model/index.js';
import { placeId } from './anchors';
import { type Marks, markClass } from './marks';

const KIND_ZH: Record<NarrativeFact['kind'], string> = { amount: '金额', share: '占比', change: '增减额', growth: '增长率', count: '数量', completion: '完成率', area: '面积' };

/** The narrative (情况说明) as printed: numbered headings, text, every figure highlighted, tied figures linked to their cell. */
export function NarrativeView({ sections, ties, marks, describe }: { sections: readonly NarrativeSection[]; ties: Map<string, string>; marks: Marks; describe: (f: Finding) => string }) {
  if (sections.length === 0) return <p className="muted">文档中没有可识别的说明文字。</p>;
  return <>{sections.map((s, i) => <Section key={i} s={s} ties={ties} marks={marks} describe={describe} />)}</>;
}

function Section({ s, ties, marks, describe }: { s: NarrativeSection; ties: Map<string, string>; marks: Marks; describe: (f: Finding) => string }) {
  const heading = [s.number, s.title].filter(Boolean).join(' ');
  const H = s.level <= 1 ? 'h3' : s.level === 2 ? 'h4' : 'h5';
  return (
    <section className={`narrative level-${s.level}`}>
      <H id={placeId(s.pos)}>{heading}</H>
      {s.text.trim() && <p className="prose">{withFigures(s, ties, marks, describe)}</p>}
      {s.children.map((c, i) => <Section key={i} s={c} ties={ties} marks={marks} describe={describe} />)}
    </section>
  );
}

// The text cut at each figure where its words stand, in order; a figure whose words are not found is left as text.
function withFigures(s: NarrativeSection, ties: Map<string, string>, marks: Marks, describe: (f: Finding) => string): ReactNode[] {
  const facts = [...s.facts].sort((a, b) => a.pos.line - b.pos.line || (a.pos.column?.start ?? 0) - (b.pos.column?.start ?? 0));
  const out: ReactNode[] = [];
  let i = 0;
  for (const f of facts) {
    const at = f.text ? s.text.indexOf(f.text, i) : -1;
    if (at < 0) continue;
    out.push(s.text.slice(i, at));
    const id = placeId(f.pos);
    const cell = ties.get(id);
    const fs = marks.get(id);
    const about = [KIND_ZH[f.kind], f.subject?.topic, f.measure].filter(Boolean).join(' · ');
    const title = [about, cell ? '点击查看对应的表格单元格' : '', ...(fs ?? []).map((x) => `${SEVERITY_ZH[x.severity]}：${describe(x)}`)].filter(Boolean).join('\n');
    const cls = ['fact', cell ? 'tied' : '', markClass(fs)].filter(Boolean).join(' ');
    out.push(cell ? <a key={id} id={id} className={cls} href={`#${cell}`} title={title} data-cell={cell}>{f.text}</a> : <mark key={id} id={id} className={cls} title={title}>{f.text}</mark>);
    i = at + f.text.length;
  }
  out.push(s.text.slice(i));
  return out;
}
