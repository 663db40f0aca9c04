import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Hono } from 'hono';
import type { Env } from './api.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content type of a built web file by its extension. */
export function staticType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serve the built web UI from `dir` for every GET outside /api/: files as they are, any other path gets
 * index.html (the client routes it). Without a build, pages answer 503 with how to make one.
 */
export function serveWeb(app: Hono<Env>, dir: string): void {
  const root = resolve(dir);
  app.get('*', (c) => {
    const path = new URL(c.req.url).pathname;
    if (path === '/api' || path.startsWith('/api/')) return c.json({ error: { code: 'not_found', message: `no route GET ${path}` } }, 404);
    const index = join(root, 'index.html');
    if (!existsSync(index)) {
      return c.text('gongkai: the web UI is not built (dist/web is missing). Run `npm run build:web` (or `npm ci`), then restart `gongkai serve`. The API is at /api/.\n', 503);
    }
    let rel: string;
    try {
      rel = decodeURIComponent(path);
    } catch {
      return c.text('bad path', 400);
    }
    const file = normalize(join(root, rel));
    // Only files inside the build; anything else (client routes, ../ tricks) is the app shell.
    if (file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile()) {
      // Vite's hashed assets never change; the shell must be revalidated to pick up a new build.
      const cache = rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(readFileSync(file), 200, { 'content-type': staticType(file), 'cache-control': cache });
    }
    if (extname(rel) !== '' && rel.startsWith('/assets/')) return c.text('not found', 404);
    return c.body(readFileSync(index), 200, { 'content-type': TYPES['.html'] ?? 'text/html', 'cache-control': 'no-cache' });
  });
}
