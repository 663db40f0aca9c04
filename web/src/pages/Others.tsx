import { type FormEvent, useEffect, useState } from 'react';
import { type Body, type Comparison, type Figure, type Hit, type PageOf, api, qs } from '../api';
import { SOURCE_ZH, groupDecimal, kindZh, yearZh } from '../format';
import { Link, type Loc, navigate } from '../router';

/** Load once per key; the error is shown as text. */
function useLoad<T>(key: string, load: () => Promise<T>): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null }>({ key: '', data: null, error: null });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ key, data, error: null }),
      (e: unknown) => live && setState({ key, data: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state : { data: null, error: null };
}

/** 单位: one issuing body's documents by year. */
export function BodyPage({ name }: { name: string }) {
  const { data, error } = useLoad<Body>(name, () => api.body(name));
  if (error) return <p className="error">加载失败：{error}</p>;
  if (!data) return <p className="muted">加载中…</p>;
  const ids = data.years.flatMap((y) => y.documents.map((d) => d.id));
  return (
    <>
      <h1>{data.body}</h1>
      <p><Link href={`/${qs({ body: data.body })}`}>在文档库中筛选</Link>{ids.length > 1 && <> · <Link href={`/compare?ids=${ids.slice(0, 20).join(',')}`}>比较本单位全部文档</Link></>}</p>
      {data.years.map((y) => (
        <section key={y.year ?? 'none'} className="year" data-year={y.year ?? ''}>
          <h2>{yearZh(y.year)}</h2>
          <ul>
            {y.documents.map((d) => (
              <li key={d.id}><Link href={`/documents/${d.id}`}>{d.title ?? d.fileName}</Link> <span className="muted">{kindZh(d.kind)} · {d.fileName}</span></li>
            ))}
          </ul>
        </section>
      ))}
      <p className="muted">年度趋势图尚未提供。</p>
    </>
  );
}

const fig = (f: Figure): string => (f ? `${groupDecimal(f.value)} ${f.unit}` : '—');
const ROWS: [string, (c: Comparison) => string][] = [
  ['单位', (c) => c.body],
  ['年度', (c) => yearZh(c.year)],
  ['类型', (c) => kindZh(c.kind)],
  ['收入总计', (c) => fig(c.revenueTotal)],
  ['支出总计', (c) => fig(c.expenditureTotal)],
  ['基本支出', (c) => fig(c.basic)],
  ['项目支出', (c) => fig(c.project)],
  ['人员经费', (c) => fig(c.personnel)],
  ['公用经费', (c) => fig(c.publicFunds)],
  ['人员经费占基本支出', (c) => (c.personnelSharePercent === null ? '—' : `${c.personnelSharePercent}%`)],
  ['“三公”经费合计', (c) => fig(c.threePublic.total)],
  ['因公出国（境）费', (c) => fig(c.threePublic.abroad)],
  ['公务用车购置及运行费', (c) => fig(c.threePublic.vehicles)],
  ['公务接待费', (c) => fig(c.threePublic.reception)],
  ['项目数', (c) => (c.projects === null ? '—' : String(c.projects))],
  ['项目表单数', (c) => String(c.forms)],
  ['错误 / 警告 / 提示', (c) => `${c.findings.error} / ${c.findings.warning} / ${c.findings.info}`],
];

/** 比较: key figures of documents side by side (ids in the URL). */
export function ComparePage({ loc }: { loc: Loc }) {
  const raw = loc.query.get('ids') ?? '';
  const ids = raw.split(',').map((s) => Number(s)).filter((n) => Number.isInteger(n) && n > 0);
  const { data, error } = useLoad(ids.join(','), () => (ids.length ? api.compare(ids) : Promise.resolve({ items: [] as Comparison[] })));
  return (
    <>
      <h1>比较</h1>
      <IdsForm initial={ids.join(',')} />
      {error && <p className="error">加载失败：{error}</p>}
      {ids.length === 0 && <p className="muted">在文档库中勾选文档，或在上面输入文档编号（用逗号分隔）。</p>}
      {data && data.items.length > 0 && (
        <div className="scroll">
          <table className="list compare">
            <thead><tr><th>指标</th>{data.items.map((c) => <th key={c.id}><Link href={`/documents/${c.id}`}>文档 {c.id}</Link></th>)}</tr></thead>
            <tbody>{ROWS.map(([label, f]) => <tr key={label}><th>{label}</th>{data.items.map((c) => <td key={c.id} className="num">{f(c)}</td>)}</tr>)}</tbody>
          </table>
        </div>
      )}
      <p className="muted">金额按文档原单位列出；对比图表尚未提供。</p>
    </>
  );
}

function IdsForm({ initial }: { initial: string }) {
  const [v, setV] = useState(initial);
  useEffect(() => setV(initial), [initial]);
  const submit = (e: FormEvent): void => { e.preventDefault(); navigate(`/compare${qs({ ids: v.replace(/[^\d,]/g, '') })}`); };
  return <form className="filters" onSubmit={submit}><label>文档编号 <input value={v} onChange={(e) => setV(e.target.value)} /></label><button type="submit">比较</button></form>;
}

const LIMIT = 50;
/** 搜索: project forms, project rows, indicators and narrative facts containing the query. */
export function SearchPage({ loc }: { loc: Loc }) {
  const q = loc.query.get('q') ?? '';
  const offset = Math.max(0, Number(loc.query.get('offset') ?? '0') || 0);
  const { data, error } = useLoad<PageOf<Hit> | null>(`${q}|${offset}`, () => (q.trim() ? api.search(q, LIMIT, offset) : Promise.resolve(null)));
  return (
    <>
      <h1>搜索</h1>
      <SearchForm initial={q} />
      {error && <p className="error">搜索失败：{error}</p>}
      {data && (
        <>
          <p className="muted">共 {data.total} 条结果</p>
          <ul className="hits">
            {data.items.map((h, i) => (
              <li key={i}>
                <Link href={`/documents/${h.documentId}#l${h.line}`}>{h.text}</Link>
                <span className="muted"> · {SOURCE_ZH[h.source] ?? h.source}{h.amountYuan !== null && ` · ${groupDecimal(h.amountYuan)} 元`} · {h.body} {yearZh(h.year)} · 第 {h.line} 行</span>
              </li>
            ))}
          </ul>
          <nav className="pager">
            <button disabled={offset === 0} onClick={() => navigate(`/search${qs({ q, offset: Math.max(0, offset - LIMIT) || undefined })}`)}>上一页</button>
            <button disabled={offset + LIMIT >= data.total} onClick={() => navigate(`/search${qs({ q, offset: offset + LIMIT })}`)}>下一页</button>
          </nav>
        </>
      )}
    </>
  );
}

/** The search box (also in the top bar). */
export function SearchForm({ initial = '' }: { initial?: string }) {
  const [v, setV] = useState(initial);
  useEffect(() => setV(initial), [initial]);
  const submit = (e: FormEvent): void => { e.preventDefault(); if (v.trim()) navigate(`/search${qs({ q: v.trim() })}`); };
  return <form className="search" role="search" onSubmit={submit}><input type="search" aria-label="搜索" placeholder="搜索项目、指标、说明…" value={v} onChange={(e) => setV(e.target.value)} /><button type="submit">搜索</button></form>;
}
