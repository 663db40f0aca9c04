import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';

/** Run the CLI in-process; `cwd` is where gongkai.config.json is looked up (an empty directory by default). */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runIn(mkdtempSync(join(tmpdir(), 'gongkai-cwd-')), false, ...argv);
}

/** Run the CLI in-process in `cwd`, with stderr a terminal or not. */
export async function runIn(cwd: string, tty: boolean, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), cwd, tty });
  return { code, out, err };
}
