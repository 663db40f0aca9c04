import { useEffect, useMemo, useState } from 'react';
import { type ChartSpec, type Detail, type Finding, type Table, api, qs } from '../api';
import { SEVERITY_ZH, kindZh, yearZh } from '../format';
import { Link, type Loc, useScrollToHash } from '../router';
import { RULES } from '../../../src/check/registry.js';
import type { Document, Finding as ModelFinding } from '../../../src/model/index.js';
import { type Places, indexPlaces } from '../../../src/render/locate.js';
import { wordFinding } from '../../../src/render/message.js';
import { anchorsOf, factTies, placeId } from '../doc/anchors';
import { FormsView } from '../doc/Forms';
import { type Marks, markClass } from '../doc/marks';
import { NarrativeView } from '../doc/Narrative';
import { PdfPageView } from '../doc/PdfPage';

// The CLI's own wording of findings (rule titles, table/row/column as printed, both values): one voice everywhere.
const RULE_MAP = new Map(RULES.map((r) => [r.id, r]));

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

// The place of a finding to show on its PDF page: its own when it has a box, else the first related cell that has one.
const onPage = (f: Finding): Finding['location'] | undefined => [f.location, ...(f.related ?? [])].find((p) => p.page !== undefined && p.box !== undefined) ?? (f.location.page !== undefined ? f.location : undefined);

/** 文档: header and downloads, findings linking to their cell, figure or field, the tables, the narrative, the forms and the charts. */
export function DocumentPage({ id, loc }: { id: number; loc: Loc }) {
  const [doc, setDoc] = useState<Detail | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [charts, setCharts] = useState<ChartSpec[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pdfAt, setPdfAt] = useState<Finding['location'] | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([api.document(id), api.findings(id)]).then(
      ([d, f]) => { if (live) { setDoc(d); setFindings(f.items); } },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    // The charts are not needed to show the rest: a failure leaves their section saying so.
    api.charts(id).then((c) => live && setCharts(c.items), () => live && setCharts([]));
    return () => { live = false; };
  }, [id]);

  const model = doc?.model as unknown as Document | undefined;
  const { marks, targets } = useMemo(() => marksOf(model, findings ?? []), [model, findings]);
  const ties = useMemo(() => (model ? factTies(model) : new Map<string, string>()), [model]);
  const ready = doc !== null && findings !== null;
  useOpenHashTarget(ready);
  useScrollToHash(ready, loc.hash);

  if (error) return <p className="error">加载失败：{error}</p>;
  if (!doc || !findings || !model) return <p className="muted">加载中…</p>;
  const shown = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const describeIn = (f: Finding): string => describe(f, doc);
  const nForms = model.forms.projects.length + model.forms.departmentTargets.length + model.forms.selfEvaluations.length;
  return (
    <>
      <h1>{doc.title ?? doc.fileName}</h1>
      <dl className="header">
        <dt>单位</dt><dd><Link href={`/bodies/${encodeURIComponent(doc.body)}`}>{doc.body}</Link></dd>
        <dt>年度</dt><dd>{yearZh(doc.year)}</dd>
        <dt>类型</dt><dd>{kindZh(doc.kind)}</dd>
        <dt>文件</dt><dd>{doc.fileName}</dd>
        <dt>检查结果</dt><dd><span className="sev-error">错误 {doc.counts.error}</span>，<span className="sev-warning">警告 {doc.counts.warning}</span>，提示 {doc.counts.info}</dd>
      </dl>
      <p className="downloads" id="downloads">
        下载：<a href={`/api/documents/${doc.id}/original`}>原文件</a>
        {' · '}<a href={`/api/documents/${doc.id}/report.html`} target="_blank" rel="noreferrer">HTML 报告</a>
        {' · '}本单位本年度导出 <a href={`/api/exports${qs({ format: 'json', body: doc.body, year: doc.year })}`}>JSON</a>
        {' · '}<a href={`/api/exports${qs({ format: 'csv', body: doc.body, year: doc.year })}`}>CSV</a>
        {' · '}<a href={`/api/exports${qs({ format: 'xlsx', body: doc.body, year: doc.year })}`}>XLSX</a>
        {' · '}<Link href={`/compare?ids=${doc.id}`}>比较</Link>
        {' · '}<Link href={`/documents/${doc.id}/edit`} className="edit-link">编辑</Link>
      </p>
      <nav className="doc-nav sticky" aria-label="本页目录">
        <a href="#findings">检查发现（{findings.length}）</a>
        <a href="#tables">表格（{model.tables.length}）</a>
        <a href="#narrative">说明</a>
        <a href="#forms">绩效目标表（{nForms}）</a>
        <a href="#charts">图表{charts ? `（${charts.length}）` : ''}</a>
        <a href="#downloads">下载</a>
      </nav>

      {pdfAt && <PdfPageView docId={doc.id} pos={pdfAt} onClose={() => setPdfAt(null)} />}
      <h2 id="findings">检查发现（{findings.length}）</h2>
      {shown.length === 0 ? <p className="muted">没有发现问题。</p> : (
        <ol className="findings">
          {shown.map((f, i) => {
            const target = targets.get(f);
            return (
              <li key={i} className={`finding sev-${f.severity}`}>
                <span className="badge">{SEVERITY_ZH[f.severity]}</span>{' '}
                <a href={`#${target ?? placeId(f.location)}`} className="finding-link">{describeIn(f)}</a>
                <span className="muted"> {f.location.page !== undefined ? `第 ${f.location.page} 页` : `第 ${f.location.line} 行`} · {f.rule}{target === undefined ? ' · 无法在页面中定位' : ''}</span>
                {onPage(f) && doc.file.name.toLowerCase().endsWith('.pdf') && (
                  <>{' '}<button type="button" className="link" onClick={() => setPdfAt(onPage(f) ?? null)}>在原文中查看</button></>
                )}
              </li>
            );
          })}
        </ol>
      )}

      <h2 id="tables">表格（{model.tables.length}）</h2>
      {model.tables.length === 0 && <p className="muted">文档中没有可识别的表格。</p>}
      {doc.model.tables.map((t, i) => <TableView key={i} table={t} marks={marks} describe={describeIn} />)}

      <h2 id="narrative">说明</h2>
      <p className="muted legend">说明中的每个数字都已标出；<span className="fact tied">带下划线</span>的金额与表格中的单元格对应，点击可跳转。</p>
      <NarrativeView sections={model.narrative.sections} ties={ties} marks={marks} describe={describeIn} />

      <h2 id="forms">绩效目标表（{nForms}）</h2>
      <FormsView projects={model.forms.projects} departments={model.forms.departmentTargets} evaluations={model.forms.selfEvaluations} marks={marks} />

      <h2 id="charts">图表</h2>
      {charts === null ? <p className="muted">加载中…</p> : charts.length === 0 ? <p className="muted">文档中没有可作图的表格。</p> : (
        <div className="charts">
          {charts.map((c) => (
            <figure key={c.id} className="chart" data-chart={c.id}>
              <img src={`/api/documents/${doc.id}/charts/${c.id}.svg`} alt={c.title} loading="lazy" />
              <figcaption>{c.title}{c.source && <> · 来源：<a href={`#l${c.source.line}`}>{c.source.table}</a></>}</figcaption>
            </figure>
          ))}
        </div>
      )}
    </>
  );
}

// A link to a field of a folded form (a finding, a shared URL) unfolds the form before scrolling to the field.
function useOpenHashTarget(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const reveal = (): void => {
      const id = decodeURIComponent(location.hash.slice(1));
      const el = id ? document.getElementById(id) : null;
      const folded = el?.closest('details');
      if (!el || !folded || folded.open) return;
      folded.open = true;
      el.scrollIntoView({ block: 'center' });
    };
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, [ready]);
}

let places: { doc: Detail; places: Places } | undefined;
/** A finding in words, as the CLI and the HTML report put it. */
function describe(f: Finding, doc: Detail): string {
  if (places?.doc !== doc) places = { doc, places: indexPlaces(doc.model as unknown as Document) };
  const w = wordFinding(f as ModelFinding, RULE_MAP, places.places);
  return [w.title, w.subject, w.values].filter(Boolean).join('  ');
}

/** Every printed place a finding concerns, and where each finding's link goes (also used by the editor). */
// Every printed place a finding concerns, and where each finding's link goes: its own place first, else the first
// related place the page prints (a finding about the text or a form lands on its figure or field).
export function marksOf(doc: Document | undefined, findings: Finding[]): { marks: Marks; targets: Map<Finding, string> } {
  const marks: Marks = new Map();
  const targets = new Map<Finding, string>();
  if (!doc) return { marks, targets };
  const anchors = anchorsOf(doc);
  for (const f of findings) {
    for (const p of [f.location, ...(f.related ?? [])]) {
      const k = placeId(p);
      if (!anchors.has(k)) continue;
      marks.set(k, [...(marks.get(k) ?? []), f]);
      if (!targets.has(f)) targets.set(f, k);
    }
  }
  return { marks, targets };
}

function TableView({ table, marks, describe }: { table: Table; marks: Marks; describe: (f: Finding) => string }) {
  const indent = (level: string | undefined): number => (level === '款' ? 1 : level === '项' ? 2 : 0);
  const hasCode = table.rows.some((r) => r.code);
  return (
    <section className="table" id={`l${table.pos.line}`}>
      <h3>{table.number && <span className="muted">{table.number} </span>}{table.title}</h3>
      <p className="muted">单位：{table.unit ?? '未注明'} · 第 {table.pos.line} 行起</p>
      {table.noData ? <p className="muted">本表无数据</p> : (
        <div className="scroll">
          <table className="doc">
            <thead>
              <tr>
                {hasCode && <th>科目编码</th>}
                <th>项目</th>
                {table.columns.map((c) => <th key={c.key}>{c.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i} className={`role-${r.role}`} id={`l${r.pos.line}`}>
                  {hasCode && <td className="code">{r.code ?? ''}</td>}
                  <td className="name" style={{ paddingLeft: `${0.4 + indent(r.level) * 1.2}em` }}>{r.name}{r.name2 ? ` / ${r.name2}` : ''}</td>
                  {table.columns.map((c) => {
                    const cell = r.cells[c.key];
                    if (!cell) return <td key={c.key} />;
                    const k = placeId(cell.pos);
                    const fs = marks.get(k);
                    return (
                      <td key={c.key} id={k} className={[cell.amount ? 'num' : 'text', markClass(fs)].filter(Boolean).join(' ')} title={fs?.map((f) => `${SEVERITY_ZH[f.severity]}：${describe(f)}`).join('\n')}>
                        {cell.text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {table.notes.map((n, i) => <p key={i} className="note">{n.text}</p>)}
    </section>
  );
}
