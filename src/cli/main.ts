import type { Document } from '../model/index.js';
import { Command, CommanderError } from 'commander';
import { documentJsonSchema } from '../model/json-schema.js';
import { RULES } from '../check/index.js';
import { type CheckOptions, check } from './check.js';
import { ConfigError } from './config.js';
import { CSV_HEADER, cellsAsCsv } from './csv.js';
import { withLimitOptions } from './limits.js';
import { EXIT, type Io, Unreadable, Usage, load, processIo } from './io.js';
import { registerRenderCommand } from './render-command.js';
import { registerServeCommands } from './serve-commands.js';
import { registerStoreCommands } from './store-commands.js';
import { summarize } from './summary.js';

export { EXIT } from './io.js';

/** Run the CLI with the given arguments; returns the exit code instead of exiting. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const program = new Command('gongkai')
    .description('gongkai 公开 — read Chinese budget disclosures (预决算公开) into a typed model')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError()
    .addHelpText('after', '\nExit codes: 0 no error-level finding, 1 errors found (check), 2 unreadable input, 64 usage error.');

  program
    .command('parse')
    .description('print the model of each FILE as JSON (default) or every table cell as CSV')
    .argument('<files...>', 'disclosure text files (tab-separated, pdftotext -layout, or OCR markdown)')
    .option('--json', 'JSON: one document for one file, an array for several (default)')
    .option('--csv', 'CSV: every table cell in long form')
    .action(async (files: string[], opts: { json?: boolean; csv?: boolean }) => {
      const docs: Document[] = [];
      for (const f of files) docs.push(await load(f));
      if (opts.csv) {
        io.out(`${[CSV_HEADER.join(','), ...docs.flatMap(cellsAsCsv)].join('\n')}\n`);
        return;
      }
      io.out(`${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`);
    });

  program
    .command('show')
    .description('print a human summary of each FILE: kind, body, year, tables, narrative, forms, diagnostics')
    .argument('<files...>', 'disclosure text files')
    .action(async (files: string[]) => {
      const docs: Document[] = [];
      for (const f of files) docs.push(await load(f));
      io.out(`${docs.map(summarize).join('\n\n')}\n`);
    });

  let exit: number = EXIT.ok;
  withLimitOptions(program.command('check'))
    .description('run the rule catalogue over each FILE or DIR (every format gongkai reads inside); exit 1 when an error-level finding stands')
    .argument('<paths...>', 'disclosure text files or directories')
    .option('--json', 'an array of documents, each with its counts and findings as data')
    .option('--csv', 'one CSV line per finding (UTF-8 with BOM, for Excel)')
    .option('--html <file>', 'write a standalone HTML report with every table and the cells concerned marked')
    .option('--errors', 'list errors only (warnings and information are still counted)')
    .option('--config <file>', `rule settings (default: ./gongkai.config.json when present)`)
    .action(async (paths: string[], opts: CheckOptions) => {
      exit = await check(paths, opts, io);
    });

  registerStoreCommands(program, io, (code) => (exit = code));
  registerServeCommands(program, io, (code) => (exit = code));
  registerRenderCommand(program, io, (code) => (exit = code));

  program
    .command('rules')
    .description('list the rule catalogue: id, category, severity, title and what each rule checks')
    .option('--json', 'the catalogue as JSON')
    .action((opts: { json?: boolean }) => {
      if (opts.json) {
        io.out(`${JSON.stringify(RULES.map(({ id, title, category, severity, docs }) => ({ id, title, category, severity, docs })), null, 2)}\n`);
        return;
      }
      for (const r of RULES) io.out(`${r.id}  [${r.category}, ${r.severity}]  ${r.title}\n    ${r.docs}\n`);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the document model')
    .action(() => io.out(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof Unreadable) {
      io.err(`gongkai: ${e.message}\n`);
      return EXIT.unreadable;
    }
    if (e instanceof Usage || e instanceof ConfigError) {
      io.err(`gongkai: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
}
