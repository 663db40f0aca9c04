import { type Dirent, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { FORMAT_READERS } from '../read/index.js';
import { Unreadable } from './io.js';

/** Extensions gongkai reads when it walks a directory. */
export const READ_EXTENSIONS: readonly string[] = FORMAT_READERS.flatMap((r) => r.extensions);

/** An input file: its path and whether it was named on the command line (its failures then stop the run). */
export interface Input {
  path: string;
  explicit: boolean;
}

/**
 * The files to check: named files as they are, directories walked recursively in name order keeping the extensions of the format readers
 * (other files are reported to `note`; hidden entries such as .git are passed over). A path that does not exist
 * is returned as explicit, so that reading it fails with its reason; a named directory that cannot be listed is
 * `Unreadable`, one found inside is noted and passed over.
 */
export function expandInputs(paths: readonly string[], note: (s: string) => void): Input[] {
  const out: Input[] = [];
  const walk = (dir: string, top: boolean): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      const reason = `${dir}: directory cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
      if (top) throw new Unreadable(reason);
      note(`skipped ${reason}`);
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, false);
      else if (READ_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push({ path: p, explicit: false });
      else note(`skipped ${p} (gongkai reads ${READ_EXTENSIONS.join(' ')})`);
    }
  };
  for (const p of paths) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      dir = false;
    }
    if (dir) walk(p, true);
    else out.push({ path: p, explicit: true });
  }
  return out;
}

/** A one-line progress indicator on a terminal (carriage return, no scrolling); silent when `enabled` is false. */
export function progress(enabled: boolean, write: (s: string) => void): { step: (i: number, n: number, label: string) => void; done: () => void } {
  let shown = false;
  return {
    step(i, n, label) {
      if (!enabled) return;
      shown = true;
      const bar = '#'.repeat(Math.round((20 * i) / n)).padEnd(20, '.');
      write(`\r\x1b[K[${bar}] ${i}/${n} ${label}`);
    },
    done() {
      if (shown) write('\r\x1b[K');
    },
  };
}
