import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Document } from '../model/index.js';
import { type ReadLimits, readFile } from '../read/index.js';

/** Exit codes: 0 no error-level finding, 1 errors found (check), 2 unreadable input, 64 usage error (EX_USAGE). */
export const EXIT = { ok: 0, findings: 1, unreadable: 2, usage: 64 } as const;

/** Input that cannot be read (or output that cannot be written): exit 2 with a one-line reason. */
export class Unreadable extends Error {}
/** A usage error: exit 64 with a one-line reason. */
export class Usage extends Error {}

/** Where the CLI writes, where it looks for gongkai.config.json, and whether stderr is a terminal (progress). */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd?: string;
  tty?: boolean;
}

/** The process's own streams, directory and terminal. */
export const processIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  tty: Boolean(process.stderr.isTTY) && !process.env['CI'],
});

/** Read one document; an unreadable file or input gongkai refuses is `Unreadable`. */
export async function load(file: string, limits?: ReadLimits): Promise<Document> {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) throw new Unreadable(`${file}: is a directory`);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof Unreadable) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new Unreadable(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read'}`);
  }
  const r = await readFile(bytes, basename(file), limits ? { limits } : {});
  if (!r.ok) throw new Unreadable(`${file}: ${r.error.message}`);
  return r.document;
}

// Write through a temporary file in the same directory and rename it: a reader never sees half a report.
export function writeAtomically(file: string, text: string | Uint8Array): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw new Unreadable(`${file}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
