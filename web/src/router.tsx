import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';

/** The current location as the router sees it. */
export interface Loc { path: string; query: URLSearchParams; hash: string }

const current = (): Loc => ({ path: location.pathname, query: new URLSearchParams(location.search), hash: location.hash });
const listeners = new Set<() => void>();

/** Go to an in-app URL (history routing), then scroll to its #anchor or the top. */
export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const l of listeners) l();
}

/** The location, re-rendering on navigation and back/forward. */
export function useLocation(): Loc {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = (): void => setLoc(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return loc;
}

/** An in-app link: a real href (so it can be opened in a new tab or shared), routed without a reload. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    props.onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.href);
    const hash = new URL(props.href, location.href).hash;
    if (!hash) window.scrollTo(0, 0);
  };
  return <a {...props} onClick={onClick} />;
}

/** Scroll to the element of the #hash once it exists (after data has loaded). */
export function useScrollToHash(ready: boolean, hash: string): void {
  useEffect(() => {
    if (!ready || !hash) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (el) el.scrollIntoView({ block: 'center' });
  }, [ready, hash]);
}
