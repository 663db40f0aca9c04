import { type DragEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { type PageOf, type Summary, type UploadResult, api, logout, qs, token, uploadFile } from '../api';
import { kindZh, yearZh } from '../format';
import { Link, navigate, type Loc } from '../router';

const LIMIT = 20;

/** 文档库: the stored documents with filters and paging kept in the URL, login and upload. */
export function Library({ loc }: { loc: Loc }) {
  const q = loc.query;
  const filter = { region: q.get('region') ?? '', body: q.get('body') ?? '', year: q.get('year') ?? '', kind: q.get('kind') ?? '', status: q.get('status') ?? '' };
  const offset = Math.max(0, Number(q.get('offset') ?? '0') || 0);
  const [page, setPage] = useState<PageOf<Summary> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const key = `${loc.query.toString()}|${reload}`;
  useEffect(() => {
    let live = true;
    setError(null);
    api
      .documents({ ...filter, limit: LIMIT, offset })
      .then((p) => live && setPage(p))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const go = (next: Partial<typeof filter> & { offset?: number }): void => {
    const merged = { ...filter, ...next };
    navigate(`/${qs({ ...merged, offset: next.offset ? next.offset : undefined })}`);
  };

  return (
    <>
      <h1>文档库</h1>
      <Account onChange={() => setReload((n) => n + 1)} />
      <Upload onDone={() => setReload((n) => n + 1)} />
      <Filters filter={filter} onApply={(f) => go({ ...f, offset: 0 })} />
      {error && <p className="error">加载失败：{error}</p>}
      {page && (
        <>
          <p className="muted">共 {page.total} 份文档</p>
          <table className="list">
            <thead>
              <tr><th>地区</th><th>单位</th><th>年度</th><th>类型</th><th>标题 / 文件</th><th>错误</th><th>警告</th><th>提示</th><th>比较</th></tr>
            </thead>
            <tbody>
              {page.items.map((d) => (
                <tr key={d.id} data-id={d.id}>
                  <td>{d.region ? <Link href={`/${qs({ region: d.region })}`}>{d.region}</Link> : '—'}</td>
                  <td><Link href={`/bodies/${encodeURIComponent(d.body)}`}>{d.body}</Link></td>
                  <td>{yearZh(d.year)}</td>
                  <td>{kindZh(d.kind)}</td>
                  <td><Link href={`/documents/${d.id}`}>{d.title ?? d.fileName}</Link></td>
                  <td className={d.counts.error ? 'num sev-error' : 'num'} data-count="error">{d.counts.error}</td>
                  <td className={d.counts.warning ? 'num sev-warning' : 'num'} data-count="warning">{d.counts.warning}</td>
                  <td className="num" data-count="info">{d.counts.info}</td>
                  <td><CompareBox id={d.id} /></td>
                </tr>
              ))}
              {page.items.length === 0 && <tr><td colSpan={8} className="muted">没有符合条件的文档</td></tr>}
            </tbody>
          </table>
          <nav className="pager">
            <button disabled={offset === 0} onClick={() => go({ offset: Math.max(0, offset - LIMIT) })}>上一页</button>
            <span>第 {Math.floor(offset / LIMIT) + 1} / {Math.max(1, Math.ceil(page.total / LIMIT))} 页</span>
            <button disabled={offset + LIMIT >= page.total} onClick={() => go({ offset: offset + LIMIT })}>下一页</button>
            <CompareButton />
          </nav>
        </>
      )}
    </>
  );
}

// Documents ticked for comparison are kept in this tab until the compare page is opened.
const picked = new Set<number>();
function CompareBox({ id }: { id: number }) {
  const [on, setOn] = useState(picked.has(id));
  return <input type="checkbox" aria-label={`比较文档 ${id}`} checked={on} onChange={(e) => { if (e.target.checked) picked.add(id); else picked.delete(id); setOn(e.target.checked); }} />;
}
function CompareButton() {
  return <button onClick={() => picked.size > 0 && navigate(`/compare?ids=${[...picked].join(',')}`)}>比较所选文档</button>;
}

type Filter = { region: string; body: string; year: string; kind: string; status: string };

function Filters({ filter, onApply }: { filter: Filter; onApply: (f: Filter) => void }) {
  const [f, setF] = useState(filter);
  useEffect(() => setF(filter), [filter.region, filter.body, filter.year, filter.kind, filter.status]);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    onApply(f);
  };
  return (
    <form className="filters" onSubmit={submit}>
      <label>地区 <input value={f.region} onChange={(e) => setF({ ...f, region: e.target.value })} placeholder="如 山西省、阳泉市" size={10} name="region" /></label>
      <label>单位 <input value={f.body} onChange={(e) => setF({ ...f, body: e.target.value })} placeholder="完整单位名称" list="bodies" /></label>
      <BodyList />
      <label>年度 <input value={f.year} onChange={(e) => setF({ ...f, year: e.target.value })} size={5} inputMode="numeric" /></label>
      <label>类型 <select value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value })}>
        <option value="">全部</option><option value="budget">预算</option><option value="final-accounts">决算</option><option value="performance-targets">绩效目标</option>
      </select></label>
      <label>状态 <select value={f.status} onChange={(e) => setF({ ...f, status: e.target.value })}>
        <option value="">全部</option><option value="errors">有错误</option><option value="warnings">仅有警告</option><option value="clean">无错误和警告</option>
      </select></label>
      <button type="submit">筛选</button>
      <button type="button" onClick={() => onApply({ region: '', body: '', year: '', kind: '', status: '' })}>清除</button>
    </form>
  );
}

// The stored bodies as suggestions: the filter matches a body name exactly.
function BodyList() {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    api.bodies().then((b) => setNames(b.items.map((x) => x.body)), () => setNames([]));
  }, []);
  return <datalist id="bodies">{names.map((n) => <option key={n} value={n} />)}</datalist>;
}

function Account({ onChange }: { onChange: () => void }) {
  const [logged, setLogged] = useState(token() !== null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (logged) {
    return <p className="account">已登录，可以上传文档。 <button onClick={() => { logout(); setLogged(false); onChange(); }}>退出登录</button></p>;
  }
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setError(null);
    api.login(name, password).then(() => { setLogged(true); onChange(); }, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  return (
    <form className="login" onSubmit={submit} aria-label="登录">
      <strong>登录</strong>（上传需要账号）
      <label>用户名 <input name="name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" /></label>
      <label>密码 <input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" /></label>
      <button type="submit">登录</button>
      {error && <span className="error">登录失败：{error}</span>}
    </form>
  );
}

interface Item { key: number; file: File; progress: number; result?: UploadResult }
const STATUS_ZH: Record<UploadResult['status'], string> = { imported: '已导入', duplicate: '已存在（重复文件）', unreadable: '无法读取', failed: '失败' };

function Upload({ onDone }: { onDone: () => void }) {
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const seq = useRef(0);
  const start = async (files: File[]): Promise<void> => {
    const added = files.map((file) => ({ key: seq.current++, file, progress: 0 }));
    setItems((xs) => [...added, ...xs]);
    const update = (key: number, patch: Partial<Item>): void => setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));
    // One request a file: each gets its own progress bar and answer; two at a time keeps the server responsive.
    const queue = [...added];
    const worker = async (): Promise<void> => {
      for (let it = queue.shift(); it; it = queue.shift()) {
        const key = it.key;
        const result = await uploadFile(it.file, (p) => update(key, { progress: p }));
        update(key, { progress: 1, result });
      }
    };
    await Promise.all([worker(), worker()]);
    onDone();
  };
  const drop = (e: DragEvent): void => {
    e.preventDefault();
    setOver(false);
    void start([...e.dataTransfer.files]);
  };
  return (
    <section className="upload">
      <div className={over ? 'drop over' : 'drop'} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
        把预决算公开文件（PDF、网页、Excel、Word、文本或模型 JSON）拖到这里，或
        <button type="button" onClick={() => input.current?.click()}>选择文件</button>
        <input ref={input} type="file" multiple accept=".pdf,.html,.htm,.xlsx,.docx,.txt,.md,.json" hidden data-testid="upload-input" onChange={(e) => { const fs = [...(e.target.files ?? [])]; e.target.value = ''; if (fs.length) void start(fs); }} />
        {token() === null && <span className="muted">（请先登录）</span>}
      </div>
      {items.length > 0 && (
        <ul className="uploads">
          {items.map((it) => (
            <li key={it.key} data-status={it.result?.status ?? 'uploading'}>
              <span className="fname">{it.file.name}</span>
              <progress max={1} value={it.progress} />
              {it.result ? (
                <span className={it.result.status === 'imported' || it.result.status === 'duplicate' ? 'ok' : 'error'}>
                  {STATUS_ZH[it.result.status]}
                  {it.result.counts && `：错误 ${it.result.counts.error}，警告 ${it.result.counts.warning}`}
                  {it.result.message && `（${it.result.message}）`}
                  {it.result.documentId !== undefined && <> <Link href={`/documents/${it.result.documentId}`}>查看</Link></>}
                </span>
              ) : (
                <span className="muted">上传中…</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
