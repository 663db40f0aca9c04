import { Fragment, type ReactNode } from 'react';
import type { Document, Indicator, NarrativeSection } from '../../../src/model/index.js';
import { IndicatorTree } from '../doc/Forms';
import { placeId } from '../doc/anchors';
import { type Marks, markClass } from '../doc/marks';
import { type IndicatorRef, type SectionPath, isReasonSection } from './edits';

/** The narrative: every section read-only with its figures marked, but a text box for each paragraph of reasons. */
export function NarrativeEditor({ sections, marks, onText }: { sections: readonly NarrativeSection[]; marks: Marks; onText: (path: SectionPath, text: string) => void }) {
  if (sections.length === 0) return <p className="muted">文档中没有可识别的说明文字。</p>;
  return <>{sections.map((s, i) => <Section key={i} s={s} path={[i]} marks={marks} onText={onText} />)}</>;
}

function Section({ s, path, marks, onText }: { s: NarrativeSection; path: SectionPath; marks: Marks; onText: (path: SectionPath, text: string) => void }) {
  const H = s.level <= 1 ? 'h3' : s.level === 2 ? 'h4' : 'h5';
  const reason = isReasonSection(s);
  return (
    <section className={`narrative level-${s.level}`}>
      <H id={placeId(s.pos)}>{[s.number, s.title].filter(Boolean).join(' ')}</H>
      {reason ? (
        <>
          <textarea className="reason" value={s.text} onChange={(e) => onText(path, e.target.value)} aria-label={`${s.title} 说明文字`} rows={rowsFor(s.text)} />
          {s.facts.length > 0 && <p className="muted figures">本段数字：{s.facts.map((f) => <Fragment key={placeId(f.pos)}><Figure id={placeId(f.pos)} text={f.text} marks={marks} />{' '}</Fragment>)}</p>}
        </>
      ) : s.text.trim() && <p className="prose">{withFigures(s, marks)}</p>}
      {s.children.map((c, i) => <Section key={i} s={c} path={[...path, i]} marks={marks} onText={onText} />)}
    </section>
  );
}

// Tall enough to show the paragraph without scrolling (about 56 characters a line at the box's width), up to 16 lines.
const rowsFor = (text: string): number => Math.min(16, Math.max(3, text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 56)), 0)));

const Figure = ({ id, text, marks }: { id: string; text: string; marks: Marks }) => <mark id={id} className={['fact', markClass(marks.get(id))].filter(Boolean).join(' ')}>{text}</mark>;

// The text cut at each figure where its words stand (as on the document page), so a finding can point at the figure.
function withFigures(s: NarrativeSection, marks: Marks): ReactNode[] {
  const facts = [...s.facts].sort((a, b) => a.pos.line - b.pos.line || (a.pos.column?.start ?? 0) - (b.pos.column?.start ?? 0));
  const out: ReactNode[] = [];
  let i = 0;
  for (const f of facts) {
    const at = f.text ? s.text.indexOf(f.text, i) : -1;
    if (at < 0) continue;
    out.push(s.text.slice(i, at), <Figure key={placeId(f.pos)} id={placeId(f.pos)} text={f.text} marks={marks} />);
    i = at + f.text.length;
  }
  out.push(s.text.slice(i));
  return out;
}

/** The performance forms with their indicator trees, each 指标值 editable as text. */
export function FormsEditor({ doc, marks, onIndicator }: { doc: Document; marks: Marks; onIndicator: (ref: IndicatorRef, value: string) => void }) {
  const { projects, departmentTargets, selfEvaluations } = doc.forms;
  if (projects.length + departmentTargets.length + selfEvaluations.length === 0) return <p className="muted">文档中没有绩效目标表。</p>;
  const tree = (list: readonly (Indicator & { actual?: string | undefined })[], at: Omit<IndicatorRef, 'item'>, caption: string) => (
    <IndicatorTree list={list} caption={caption} marks={marks} value={(x, item) => <input value={x.value} onChange={(e) => onIndicator({ ...at, item }, e.target.value)} aria-label={`${x.name} 指标值`} size={Math.max(8, x.value.length + 2)} />} />
  );
  return (
    <>
      {departmentTargets.map((f, i) => <details key={`d${i}`} className="form" id={placeId(f.pos)}><summary>{f.title}</summary>{tree(f.indicators, { form: 'departmentTargets', index: i, list: 'indicators' }, '绩效指标')}</details>)}
      {selfEvaluations.map((f, i) => <details key={`e${i}`} className="form" id={placeId(f.pos)}><summary>{f.title}</summary>{tree(f.indicators, { form: 'selfEvaluations', index: i, list: 'indicators' }, '绩效指标')}</details>)}
      {projects.map((f, i) => (
        <details key={`p${i}`} className="form project-form" id={placeId(f.pos)}>
          <summary><strong>{f.projectName || '（未识别项目名称）'}</strong><span className="muted"> · 第 {f.pos.line} 行</span></summary>
          {tree(f.indicators.year, { form: 'projects', index: i, list: 'year' }, '年度绩效指标')}
          {tree(f.indicators.period, { form: 'projects', index: i, list: 'period' }, '实施期绩效指标')}
        </details>
      ))}
    </>
  );
}

