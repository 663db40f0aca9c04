import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why a page could not be drawn: no pdftoppm, no such page, or the renderer failed. */
export class PageImageError extends Error {
  constructor(
    readonly code: 'missing-tool' | 'no-page' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

/** Draw one page of a PDF as PNG with poppler's pdftoppm (Debian poppler-utils); bounded in time. */
export async function pdfPagePng(pdf: Uint8Array, page: number, dpi = 110, timeoutMs = 20_000): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-page-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    return await new Promise<Uint8Array>((resolve, reject) => {
      const child = spawn('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-png', '-singlefile', file], { stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let err = '';
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      child.on('error', (e: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(e.code === 'ENOENT' ? new PageImageError('missing-tool', 'pdftoppm is not installed (apt-get install poppler-utils)') : e);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        const png = Buffer.concat(out);
        if (code === 0 && png.length > 0) resolve(new Uint8Array(png));
        else if (/Wrong page range|first page .* after the last/i.test(err) || (code === 0 && png.length === 0)) reject(new PageImageError('no-page', `the PDF has no page ${page}`));
        else reject(new PageImageError('failed', `pdftoppm failed (${code ?? 'killed'}): ${err.trim().split('\n')[0] ?? ''}`));
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
