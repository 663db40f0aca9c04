import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DocumentPage } from './pages/Document';
import { EditorPage } from './pages/Editor';
import { Library } from './pages/Library';
import { BodyPage } from './pages/Body';
import { ComparePage } from './pages/Compare';
import { SearchForm, SearchPage } from './pages/Others';
import { Link, type Loc, useLocation } from './router';
import './style.css';

function Page({ loc }: { loc: Loc }) {
  const p = loc.path;
  if (p === '/' || p === '/index.html') return <Library loc={loc} />;
  const doc = /^\/documents\/(\d+)\/?$/.exec(p);
  if (doc) return <DocumentPage key={doc[1]} id={Number(doc[1])} loc={loc} />;
  const edit = /^\/documents\/(\d+)\/edit\/?$/.exec(p);
  if (edit) return <EditorPage key={edit[1]} id={Number(edit[1])} />;
  const body = /^\/bodies\/([^/]+)\/?$/.exec(p);
  if (body?.[1]) {
    let name = body[1];
    try { name = decodeURIComponent(name); } catch { /* keep as typed */ }
    return <BodyPage name={name} />;
  }
  if (p === '/compare') return <ComparePage loc={loc} />;
  if (p === '/search') return <SearchPage loc={loc} />;
  return <><h1>找不到页面</h1><p><Link href="/">返回文档库</Link></p></>;
}

function App() {
  const loc = useLocation();
  const active = (prefix: string): string => (prefix === '/' ? loc.path === '/' : loc.path.startsWith(prefix)) ? 'active' : '';
  return (
    <>
      <header className="top">
        <Link href="/" className="brand">gongkai 预决算公开检查</Link>
        <nav>
          <Link href="/" className={active('/')}>文档库</Link>
          <Link href="/compare" className={active('/compare')}>比较</Link>
          <Link href="/search" className={active('/search')}>搜索</Link>
        </nav>
        <SearchForm key={loc.path === '/search' ? loc.query.get('q') ?? '' : ''} initial={loc.path === '/search' ? loc.query.get('q') ?? '' : ''} />
      </header>
      <main><Page loc={loc} /></main>
    </>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
