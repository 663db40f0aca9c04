import { type FormEvent, useState } from 'react';
import { type Finding, api, publish, token } from '../api';
import { SEVERITY_ZH } from '../format';
import type { Document } from '../../../src/model/index.js';

// Hand a blob to the browser as a download under a file name.
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type State = { step: 'idle' } | { step: 'login' } | { step: 'busy'; force: boolean } | { step: 'refused'; findings: Finding[]; message: string } | { step: 'done'; text: string } | { step: 'failed'; text: string };

/** 撤销, 下载 JSON and 生成 PDF (publishing needs an account; a refusal lists the standing errors and offers to force). */
export function Actions({ doc, canUndo, onUndo, describe }: { doc: Document; canUndo: boolean; onUndo: () => void; describe: (f: Finding) => string }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const base = `${doc.body.name}${doc.year ?? ''}${doc.kind === 'final-accounts' ? '决算' : doc.kind === 'budget' ? '预算' : ''}`;
  const run = (force: boolean): void => {
    if (token() === null) return setState({ step: 'login' });
    setState({ step: 'busy', force });
    publish(doc, 'pdf', force).then(
      (a) => {
        if (!a.ok) return setState({ step: 'refused', findings: a.findings, message: a.message });
        save(a.blob, a.fileName);
        setState({ step: 'done', text: `已生成 PDF：${a.fileName}${a.publication ? `（发布记录 #${a.publication}${force ? '，强制发布' : ''}）` : ''}` });
      },
      (e: unknown) => setState(token() === null ? { step: 'login' } : { step: 'failed', text: e instanceof Error ? e.message : String(e) }),
    );
  };
  return (
    <div className="editor-actions">
      <p className="buttons">
        <button type="button" onClick={onUndo} disabled={!canUndo}>撤销</button>
        <button type="button" onClick={() => save(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }), `${base}.json`)}>下载 JSON</button>
        <button type="button" onClick={() => run(false)} disabled={state.step === 'busy'}>生成 PDF</button>
      </p>
      {state.step === 'login' && <Login onDone={() => run(false)} />}
      {state.step === 'busy' && <p className="muted" role="status">正在检查并生成 PDF…</p>}
      {state.step === 'done' && <p className="ok" role="status">{state.text}</p>}
      {state.step === 'failed' && <p className="error" role="status">生成失败：{state.text}</p>}
      {state.step === 'refused' && (
        <div className="refused" role="alert">
          <p className="error">服务器检查后拒绝发布：仍有 {state.findings.length} 个错误。</p>
          <ul>{state.findings.map((f, i) => <li key={i}><span className="badge">{SEVERITY_ZH[f.severity]}</span> {describe(f)} <span className="muted">第 {f.location.line} 行</span></li>)}</ul>
          <button type="button" onClick={() => run(true)}>仍然发布（将被记录）</button>
        </div>
      )}
    </div>
  );
}

function Login({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setError(null);
    api.login(name, password).then(onDone, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  return (
    <form className="login" onSubmit={submit} aria-label="登录">
      <strong>生成 PDF 需要登录</strong>
      <label>用户名 <input name="name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" /></label>
      <label>密码 <input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" /></label>
      <button type="submit">登录</button>
      {error && <span className="error">登录失败：{error}</span>}
    </form>
  );
}
