import { type FormEvent, useEffect, useState } from 'react';
import { type Hit, type PageOf, api, qs } from '../api';
import { SOURCE_ZH, groupDecimal, yearZh } from '../format';
import { Link, type Loc, navigate } from '../router';

/** Load once per key; the error is shown as text. */
export function useLoad<T>(key: string, load: () => Promise<T>): { data: T | null; error: string | null } {
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
