import type { Command } from 'commander';
import { DEFAULT_LIMITS, type ReadLimits } from '../read/index.js';
import { Usage } from './io.js';

/** The reading-limit options as commander gives them. */
export type LimitOpts = { maxMb?: string; maxPages?: string; timeout?: string };

/** Add `--max-mb`, `--max-pages` and `--timeout` (the bounds on reading one file) to a command. */
export function withLimitOptions(cmd: Command): Command {
  return cmd
    .option('--max-mb <n>', `largest file read, in MB (default ${DEFAULT_LIMITS.maxBytes / 1024 / 1024})`)
    .option('--max-pages <n>', `most pages read from a PDF (default ${DEFAULT_LIMITS.maxPages})`)
    .option('--timeout <seconds>', `longest time spent reading one file (default ${DEFAULT_LIMITS.timeoutMs / 1000})`);
}

/** The limits the options ask for; a value that is not a positive number is a usage error naming the option. */
export function limitsOf(opts: LimitOpts): ReadLimits {
  const num = (v: string | undefined, flag: string, integer: boolean): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new Usage(`${flag} ${JSON.stringify(v)}: expected a positive ${integer ? 'whole ' : ''}number`);
    return n;
  };
  const mb = num(opts.maxMb, '--max-mb', false);
  const pages = num(opts.maxPages, '--max-pages', true);
  const seconds = num(opts.timeout, '--timeout', false);
  return {
    maxBytes: mb === undefined ? DEFAULT_LIMITS.maxBytes : Math.round(mb * 1024 * 1024),
    maxPages: pages ?? DEFAULT_LIMITS.maxPages,
    timeoutMs: seconds === undefined ? DEFAULT_LIMITS.timeoutMs : Math.round(seconds * 1000),
  };
}
