import { useEffect, useMemo, useState } from 'react';
import { type Detail, type Finding, type Position, type Table, api, qs } from '../api';
import { SEVERITY_ZH, kindZh, yearZh } from '../format';
import { Link, type Loc, useScrollToHash } from '../router';
import { RULES } from '../../../src/check/registry.js';
import type { Document, Finding as ModelFinding } from '../../../src/model/index.js';
import { type Places, indexPlaces } from '../../../src/render/locate.js';
import { wordFinding } from '../../../src/render/message.js';

// The CLI's own wording of findings (rule titles, table/row/column as printed, both values): one voice everywhere.
const RULE_MAP = new Map(RULES.map((r) => [r.id, r]));

/** The anchor id of a cell (or any printed place) by its line and column. */
export const placeId = (p: Position): string => (p.column ? `c${p.line}-${p.column.start}` : `l${p.line}`);

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** 文档: header, findings linking to their cells, the tables as printed with finding cells marked, downloads. */
export function DocumentPage({ id, loc }: { id: number; loc: Loc }) {
  const [doc, setDoc] = useState<Detail | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([api.document(id), api.findings(id)]).then(
      ([d, f]) => { if (live) { setDoc(d); setFindings(f.items); } },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => { live = false; };
  }, [id]);

  // Every cell that a finding concerns (its location or a related part), with the findings to show on hover.
  const { marks, targets } = useMemo(() => marksOf(doc, findings ?? []), [doc, findings]);
  useScrollToHash(doc !== null && findings !== null, loc.hash);

  if (error) return <p className="error">加载失败：{error}</p>;
  if (!doc || !findings) return <p className="muted">加载中…</p>;
  const shown = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
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
      <p className="downloads">
        下载：<a href={`/api/documents/${doc.id}/original`}>原文件</a>
        {' · '}本单位本年度导出 <a href={`/api/exports${qs({ format: 'json', body: doc.body, year: doc.year })}`}>JSON</a>
        {' · '}<a href={`/api/exports${qs({ format: 'csv', body: doc.body, year: doc.year })}`}>CSV</a>
        {' · '}<a href={`/api/exports${qs({ format: 'xlsx', body: doc.body, year: doc.year })}`}>Excel</a>
        {' · '}<Link href={`/compare?ids=${doc.id}`}>比较</Link>
      </p>
      <h2>检查发现（{findings.length}）</h2>
      {shown.length === 0 ? <p className="muted">没有发现问题。</p> : (
        <ol className="findings">
          {shown.map((f, i) => {
            const target = targets.get(f);
            return (
              <li key={i} className={`finding sev-${f.severity}`}>
                <span className="badge">{SEVERITY_ZH[f.severity]}</span>{' '}
                <a href={`#${target ?? placeId(f.location)}`} className="finding-link">{describe(f, doc)}</a>
                <span className="muted"> 第 {f.location.line} 行 · {f.rule}{target === undefined ? ' · 不在表格中' : ''}</span>
              </li>
            );
          })}
        </ol>
      )}
      <h2>表格（{doc.model.tables.length}）</h2>
      {doc.model.tables.map((t, i) => <TableView key={i} table={t} marks={marks} doc={doc} />)}
      <p className="muted">说明文字、项目表单和图表视图尚未提供；可下载原文件或导出查看。</p>
    </>
  );
}

let places: { doc: Detail; places: Places } | undefined;
/** A finding in words, as the CLI and the HTML report put it. */
function describe(f: Finding, doc: Detail): string {
  if (places?.doc !== doc) places = { doc, places: indexPlaces(doc.model as unknown as Document) };
  const w = wordFinding(f as ModelFinding, RULE_MAP, places.places);
  return [w.title, w.subject, w.values].filter(Boolean).join('  ');
}

function marksOf(doc: Detail | null, findings: Finding[]): { marks: Map<string, Finding[]>; targets: Map<Finding, string> } {
  const marks = new Map<string, Finding[]>();
  const targets = new Map<Finding, string>();
  if (!doc) return { marks, targets };
  const cells = new Set<string>();
  for (const t of doc.model.tables) for (const r of t.rows) for (const c of Object.values(r.cells)) cells.add(placeId(c.pos));
  for (const f of findings) {
    for (const p of [f.location, ...(f.related ?? [])]) {
      const k = placeId(p);
      if (!cells.has(k)) continue;
      marks.set(k, [...(marks.get(k) ?? []), f]);
      // The finding's own cell first; a finding located outside the tables (a form, the text) lands on its first related cell.
      if (!targets.has(f)) targets.set(f, k);
    }
  }
  return { marks, targets };
}

function TableView({ table, marks, doc }: { table: Table; marks: Map<string, Finding[]>; doc: Detail }) {
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
                    const worst = fs?.reduce((w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w), 'info' as Finding['severity']);
                    return (
                      <td key={c.key} id={k} className={[cell.amount ? 'num' : 'text', fs ? `marked mark-${worst}` : ''].join(' ').trim()} title={fs?.map((f) => `${SEVERITY_ZH[f.severity]}：${describe(f, doc)}`).join('\n')}>
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
