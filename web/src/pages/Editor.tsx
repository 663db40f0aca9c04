import { useEffect, useMemo, useState } from 'react';
import { type Detail, type Finding, api } from '../api';
import { SEVERITY_ZH, kindZh, yearZh } from '../format';
import { Link } from '../router';
import { checkDocument } from '../../../src/check/index.js';
import { RULES } from '../../../src/check/registry.js';
import { type CellRef, setAmount, sumsOf } from '../../../src/model/edit.js';
import type { Document, Finding as ModelFinding } from '../../../src/model/index.js';
import { indexPlaces } from '../../../src/render/locate.js';
import { wordFinding } from '../../../src/render/message.js';
import { placeId } from '../doc/anchors';
import { Actions } from '../editor/Actions';
import { isDecimalText, setIndicatorValue, setSectionText } from '../editor/edits';
import { Grid, cellKey } from '../editor/Grid';
import { FormsEditor, NarrativeEditor } from '../editor/Texts';
import { marksOf } from './Document';

const RULE_MAP = new Map(RULES.map((r) => [r.id, r]));
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
// Checks run this long after the last keystroke, so typing a number runs them once, not once per digit.
const DEBOUNCE_MS = 300;

// One state of the document; `key` names the field an edit typed into, so that the keystrokes of one field are one step.
interface Step { doc: Document; key?: string }
interface Checked { doc: Document; findings: Finding[]; ms: number }

/** 编辑: the disclosure as editable grids, reason paragraphs and indicator values, checked as you type. */
export function EditorPage({ id }: { id: number }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [steps, setSteps] = useState<Step[]>([]);
  const [drafts, setDrafts] = useState<Map<string, string>>(new Map());
  const [checked, setChecked] = useState<Checked | null>(null);
  const [showInfo, setShowInfo] = useState(false);
  useEffect(() => {
    let live = true;
    api.document(id).then(
      (d) => { if (live) { setDetail(d); setSteps([{ doc: d.model as unknown as Document }]); } },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => { live = false; };
  }, [id]);

  const doc = steps.at(-1)?.doc;
  // Which rows are totals depends on codes and sides only, which edits never change: worked out once.
  const computed = useMemo(() => (doc ? doc.tables.map((t) => new Set(sumsOf(t).keys())) : []), [steps[0]?.doc]);
  useEffect(() => {
    if (!doc) return;
    const t = setTimeout(() => {
      const t0 = performance.now();
      const findings = checkDocument(doc, RULES) as Finding[];
      setChecked({ doc, findings, ms: performance.now() - t0 });
    }, checked === null ? 0 : DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [doc]);

  const describe = useMemo(() => {
    if (!checked) return (f: Finding): string => f.rule;
    const places = indexPlaces(checked.doc);
    return (f: Finding): string => {
      const w = wordFinding(f as ModelFinding, RULE_MAP, places);
      return [w.title, w.subject, w.values].filter(Boolean).join('  ');
    };
  }, [checked]);
  const { marks, targets } = useMemo(() => marksOf(checked?.doc, checked?.findings ?? []), [checked]);

  if (error) return <p className="error">加载失败：{error}</p>;
  if (!detail || !doc) return <p className="muted">加载中…</p>;

  // Apply an edit: a new step, or the same step again while the same field is being typed into.
  const apply = (key: string, next: (d: Document) => Document): void =>
    setSteps((ss) => {
      const top = ss.at(-1);
      if (!top) return ss;
      const merged = top.key === key && ss.length > 1;
      return [...(merged ? ss.slice(0, -1) : ss), { doc: next(merged ? (ss.at(-2)?.doc ?? top.doc) : top.doc), key }];
    });
  const onAmount = (ref: CellRef, text: string): void => {
    const k = cellKey(ref);
    setDrafts((m) => new Map(m).set(k, text));
    if (text.trim() !== '' && !isDecimalText(text)) return;
    apply(k, (d) => setAmount(d, ref, text.trim()));
  };
  const undo = (): void => {
    setSteps((ss) => (ss.length > 1 ? ss.slice(0, -1) : ss));
    setDrafts(new Map());
  };
  const invalid = new Set([...drafts].filter(([, v]) => v.trim() !== '' && !isDecimalText(v)).map(([k]) => k));

  const findings = checked ? [...checked.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) : [];
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  const fresh = checked?.doc === doc;
  // 尾差 and untied figures are information: listed on request, their cells marked either way.
  const listed = showInfo ? findings : findings.filter((f) => f.severity !== 'info');
  return (
    <div className="editor">
      <div className="editor-main">
        <h1>编辑：{detail.title ?? detail.fileName}</h1>
        <p className="muted">
          {detail.body} · {yearZh(detail.year)} · {kindZh(detail.kind)} · <Link href={`/documents/${detail.id}`}>返回文档</Link>
          {' · '}金额直接输入数字（万元或表中单位）；合计、类、款行自动求和，不能手填。
        </p>
        <nav className="doc-nav" aria-label="本页目录">
          <a href="#tables">表格（{doc.tables.length}）</a>
          <a href="#narrative">说明</a>
          <a href="#forms">绩效目标表</a>
        </nav>
        <h2 id="tables">表格</h2>
        {doc.tables.map((t, i) => <Grid key={i} table={t} index={i} computed={computed[i] ?? new Set()} marks={marks} drafts={drafts} invalid={invalid} describe={describe} onEdit={onAmount} />)}
        <h2 id="narrative">说明</h2>
        <p className="muted legend">数字由表格生成；只有说明原因的段落需要填写（文本框）。</p>
        <NarrativeEditor sections={doc.narrative.sections} marks={marks} onText={(path, text) => apply(`s:${path.join('.')}`, (d) => setSectionText(d, path, text))} />
        <h2 id="forms">绩效目标表</h2>
        <FormsEditor doc={doc} marks={marks} onIndicator={(ref, v) => apply(`i:${ref.form}.${ref.index}.${ref.list}.${ref.item}`, (d) => setIndicatorValue(d, ref, v))} />
      </div>
      <aside className="editor-side" aria-label="检查">
        <Actions doc={doc} canUndo={steps.length > 1} onUndo={undo} describe={describe} />
        <p className="counts" data-state={fresh ? 'checked' : 'checking'}>
          <span className="sev-error" data-count="error">错误 {count('error')}</span>
          {' · '}<span className="sev-warning" data-count="warning">警告 {count('warning')}</span>
          {' · '}<span data-count="info">提示 {count('info')}</span>
          <span className="muted">{fresh ? ` · 检查用时 ${Math.round(checked?.ms ?? 0)} ms` : ' · 检查中…'}</span>
        </p>
        <label className="show-info"><input type="checkbox" checked={showInfo} onChange={(e) => setShowInfo(e.target.checked)} /> 同时列出提示（尾差等）</label>
        {listed.length === 0 ? <p className="muted">{checked ? '没有错误和警告。' : '检查中…'}</p> : (
          <ol className="findings">
            {listed.map((f, i) => {
              const target = targets.get(f);
              return (
                <li key={i} className={`finding sev-${f.severity}`} data-rule={f.rule}>
                  <span className="badge">{SEVERITY_ZH[f.severity]}</span>{' '}
                  <a href={`#${target ?? placeId(f.location)}`} className="finding-link" onClick={() => focusLater(target)}>{describe(f)}</a>
                  <span className="muted"> 第 {f.location.line} 行</span>
                </li>
              );
            })}
          </ol>
        )}
      </aside>
    </div>
  );
}

// After the link has scrolled to a cell, put the cursor in it (when it is an input), and open a folded form.
function focusLater(target: string | undefined): void {
  if (!target) return;
  setTimeout(() => {
    const el = document.getElementById(target);
    const folded = el?.closest('details');
    if (folded && !folded.open) folded.open = true;
    el?.scrollIntoView({ block: 'center' });
    el?.querySelector('input')?.focus({ preventScroll: true });
  }, 0);
}
