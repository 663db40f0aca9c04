import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { RULES, type Rule } from '../check/index.js';
import { applySettings } from '../check/config.js';
import { type ExportFormat, type ExportItem, exportDocuments } from '../render/export.js';
import { type Store, storeFromEnv } from '../store/index.js';
import { loadSettings } from './config.js';
import { READ_EXTENSIONS, expandInputs } from './inputs.js';
import { type LimitOpts, limitsOf, withLimitOptions } from './limits.js';
import { EXIT, type Io, Unreadable, Usage, writeAtomically } from './io.js';

type StoreOpts = { data?: string; config?: string } & LimitOpts;
const DATA_HELP = 'data directory of the embedded store (default: $GONGKAI_DATA or ./gongkai-data); DATABASE_URL selects PostgreSQL instead';

/** Register `import`, `recheck` and `export`; each sets the exit code through `setExit`. */
export function registerStoreCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  withLimitOptions(program.command('import'))
    .description('read, check and store each FILE or DIR (every format gongkai reads inside); a file already stored is a duplicate')
    .argument('<paths...>', 'disclosure text files or directories')
    .option('--data <dir>', DATA_HELP)
    .option('--config <file>', 'rule settings (default: ./gongkai.config.json when present)')
    .action(async (paths: string[], opts: StoreOpts) => setExit(await importCommand(paths, opts, io)));
  program
    .command('recheck')
    .description('re-run the rule catalogue over every stored document (after an upgrade or a settings change)')
    .option('--data <dir>', DATA_HELP)
    .option('--config <file>', 'rule settings (default: ./gongkai.config.json when present)')
    .action(async (opts: StoreOpts) => setExit(await recheckCommand(opts, io)));
  program
    .command('export')
    .description('export stored documents with their findings as JSON, CSV or an Excel workbook')
    .option('--format <format>', 'json, csv or xlsx', 'json')
    .option('--body <name>', 'only documents of this issuing body')
    .option('--year <year>', 'only documents of this year')
    .option('-o, --output <file>', 'write to FILE (required for xlsx); standard output otherwise')
    .option('--data <dir>', DATA_HELP)
    .action(async (opts: ExportOpts) => setExit(await exportCommand(opts, io)));
}

function rulesFor(opts: StoreOpts, io: Io): Rule[] {
  return applySettings(RULES, loadSettings(RULES, io.cwd ?? process.cwd(), opts.config));
}

async function withStore<T>(opts: StoreOpts, fn: (s: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = await storeFromEnv({ data: opts.data });
  } catch (e) {
    throw new Unreadable(`the store cannot be opened (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** `gongkai import`: one line per file, a summary; exit 2 when a file could not be read or stored. */
export async function importCommand(paths: readonly string[], opts: StoreOpts, io: Io): Promise<number> {
  const rules = rulesFor(opts, io);
  const limits = limitsOf(opts);
  const inputs = expandInputs(paths, (s) => io.err(`gongkai: ${s}\n`));
  if (inputs.length === 0) throw new Unreadable(`${paths.join(', ')}: no files gongkai reads (${READ_EXTENSIONS.join(' ')})`);
  return withStore(opts, async (store) => {
    // A bar on a terminal only (io.tty is false under CI); file lines are logged above it, so the bar is shown only
    // when standard output is that terminal too (a redirected listing must hold every line).
    const bars = io.tty && process.stdout.isTTY ? new cliProgress.MultiBar({ stream: process.stderr, clearOnComplete: true, hideCursor: true, format: '[{bar}] {value}/{total} {file}' }, cliProgress.Presets.shades_classic) : undefined;
    const bar = bars?.create(inputs.length, 0, { file: '' });
    const line = (s: string): void => {
      if (!bars) return io.out(`${s}\n`);
      bars.log(`${s}\n`);
      bars.update(); // flush now: stop() drops what is still buffered
    };
    const tally = { imported: 0, duplicate: 0, unreadable: 0, failed: 0 };
    for (const input of inputs) {
      bar?.update({ file: input.path });
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(input.path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        line(`unreadable  ${input.path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`);
        tally.unreadable++;
        bar?.increment();
        continue;
      }
      const r = await store.importFile(basename(input.path), bytes, { rules, limits });
      tally[r.status]++;
      if (r.status === 'imported') line(`imported    ${input.path}  #${r.documentId} (错误 ${r.counts?.error ?? 0}，警告 ${r.counts?.warning ?? 0}，提示 ${r.counts?.info ?? 0})`);
      else if (r.status === 'duplicate') line(`duplicate   ${input.path}  #${r.documentId} (already stored, same SHA-256)`);
      else line(`${r.status.padEnd(11)} ${input.path}: ${r.message ?? ''}`);
      bar?.increment();
    }
    bars?.stop();
    io.out(`${inputs.length} file(s): ${tally.imported} imported, ${tally.duplicate} duplicate, ${tally.unreadable} unreadable${tally.failed ? `, ${tally.failed} failed` : ''} (${store.engine === 'postgres' ? 'PostgreSQL' : 'embedded store'})\n`);
    return tally.unreadable + tally.failed > 0 ? EXIT.unreadable : EXIT.ok;
  });
}

/** `gongkai recheck`: re-run the rules over the stored models; prints the totals. */
export async function recheckCommand(opts: StoreOpts, io: Io): Promise<number> {
  const rules = rulesFor(opts, io);
  return withStore(opts, async (store) => {
    const t = await store.recheck(rules);
    io.out(`rechecked ${t.documents} document(s): 错误 ${t.error}，警告 ${t.warning}，提示 ${t.info}\n`);
    return EXIT.ok;
  });
}

type ExportOpts = StoreOpts & { format: string; body?: string; year?: string; output?: string };
const FORMATS: readonly ExportFormat[] = ['json', 'csv', 'xlsx'];

/** `gongkai export`: the stored documents matching the filters, through render/export.ts. */
export async function exportCommand(opts: ExportOpts, io: Io): Promise<number> {
  const format = FORMATS.find((f) => f === opts.format);
  if (!format) throw new Usage(`--format must be one of ${FORMATS.join(', ')}`);
  if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) throw new Usage(`--year must be a year such as 2026, not ${opts.year}`);
  if (format === 'xlsx' && opts.output === undefined) throw new Usage('xlsx is a binary workbook: name the file with -o FILE');
  const items = await withStore(opts, async (store) => {
    const out: ExportItem[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await store.listDocuments({ body: opts.body, year: opts.year === undefined ? undefined : Number(opts.year), limit: 100, offset });
      for (const row of page.rows) {
        const d = await store.getDocument(row.id);
        if (d) out.push({ file: d.fileName, doc: d.model, findings: d.findings });
      }
      if (offset + 100 >= page.total) break;
    }
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  });
  const bytes = await exportDocuments(items, format);
  if (opts.output === undefined) {
    io.out(new TextDecoder().decode(bytes));
    return EXIT.ok;
  }
  writeAtomically(opts.output, bytes);
  io.err(`exported ${items.length} document(s) to ${opts.output}\n`);
  return EXIT.ok;
}
