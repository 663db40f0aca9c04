import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { documentJsonSchema } from '../model/json-schema.js';
import type { Document } from '../model/index.js';
import { RULES, checkDocument } from '../check/index.js';
import { applySettings } from '../check/config.js';
import { readDocument } from '../read/index.js';
import { type Checked, countFindings } from '../render/checked.js';
import { findingsCsv } from '../render/findings-csv.js';
import { reportHtml } from '../render/report-html.js';
import { ConfigError, loadSettings } from './config.js';
import { CSV_HEADER, cellsAsCsv } from './csv.js';
import { documentReport, summaryTable } from './findings.js';
import { expandInputs, progress } from './inputs.js';
import { summarize } from './summary.js';

/** Exit codes: 0 no error-level finding, 1 errors found (check), 2 unreadable input, 64 usage error (EX_USAGE). */
export const EXIT = { ok: 0, findings: 1, unreadable: 2, usage: 64 } as const;

class Unreadable extends Error {}
class Usage extends Error {}

/** Where the CLI writes, where it looks for gongkai.config.json, and whether stderr is a terminal (progress). */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd?: string;
  tty?: boolean;
}

const processIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  tty: Boolean(process.stderr.isTTY) && !process.env['CI'],
});

function load(file: string): Document {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) throw new Unreadable(`${file}: is a directory`);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof Unreadable) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new Unreadable(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read'}`);
  }
  const r = readDocument(bytes, basename(file));
  if (!r.ok) throw new Unreadable(`${file}: ${r.error.message}`);
  return r.document;
}

// Write through a temporary file in the same directory and rename it: a reader never sees half a report.
function writeAtomically(file: string, text: string): void {
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

interface CheckOptions {
  json?: boolean;
  csv?: boolean;
  html?: string;
  errors?: boolean;
  config?: string;
}

function check(paths: string[], opts: CheckOptions, io: Io): number {
  if ([opts.json, opts.csv, opts.html !== undefined].filter(Boolean).length > 1) throw new Usage('choose one of --json, --csv, --html');
  const rules = applySettings(RULES, loadSettings(RULES, io.cwd ?? process.cwd(), opts.config));
  const note = (s: string): void => io.err(`gongkai: ${s}\n`);
  const inputs = expandInputs(paths, note);
  if (inputs.length === 0) throw new Unreadable(`${paths.join(', ')}: no .txt or .md files to check`);
  const bar = progress(Boolean(io.tty) && inputs.length > 1, io.err);
  const checked: Checked[] = [];
  inputs.forEach((input, i) => {
    bar.step(i, inputs.length, input.path);
    try {
      const doc = load(input.path);
      checked.push({ file: input.path, doc, findings: checkDocument(doc, rules) });
    } catch (e) {
      if (input.explicit || !(e instanceof Unreadable)) {
        bar.done();
        throw e;
      }
      note(`skipped ${e.message}`);
    }
  });
  bar.done();
  if (checked.length === 0) throw new Unreadable(`${paths.join(', ')}: no readable document`);
  const errors = checked.some((c) => c.findings.some((f) => f.severity === 'error'));
  const shown = opts.errors ? checked.map((c) => ({ ...c, findings: c.findings.filter((f) => f.severity === 'error'), counts: countFindings(c.findings) })) : checked;
  const byId = new Map(rules.map((r) => [r.id, r]));
  if (opts.json) {
    const docs = checked.map((c, i) => ({ file: c.file, body: c.doc.body, year: c.doc.year, kind: c.doc.kind, template: c.doc.template, counts: countFindings(c.findings), findings: shown[i]?.findings ?? [] }));
    io.out(`${JSON.stringify(docs, null, 2)}\n`);
  } else if (opts.csv) {
    io.out(findingsCsv(shown, rules));
  } else if (opts.html !== undefined) {
    writeAtomically(opts.html, reportHtml(shown, rules));
    io.out(`HTML report: ${opts.html}\n`);
  } else {
    io.out(`${checked.map((c) => documentReport(c, byId, opts.errors)).join('\n\n')}\n`);
    if (checked.length > 1) io.out(`\n${summaryTable(checked)}\n`);
  }
  return errors ? EXIT.findings : EXIT.ok;
}

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
    .action((files: string[], opts: { json?: boolean; csv?: boolean }) => {
      const docs = files.map(load);
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
    .action((files: string[]) => {
      io.out(`${files.map((f) => summarize(load(f))).join('\n\n')}\n`);
    });

  let exit: number = EXIT.ok;
  program
    .command('check')
    .description('run the rule catalogue over each FILE or DIR (.txt and .md inside); exit 1 when an error-level finding stands')
    .argument('<paths...>', 'disclosure text files or directories')
    .option('--json', 'an array of documents, each with its counts and findings as data')
    .option('--csv', 'one CSV line per finding (UTF-8 with BOM, for Excel)')
    .option('--html <file>', 'write a standalone HTML report with every table and the cells concerned marked')
    .option('--errors', 'list errors only (warnings and information are still counted)')
    .option('--config <file>', `rule settings (default: ./gongkai.config.json when present)`)
    .action((paths: string[], opts: CheckOptions) => {
      exit = check(paths, opts, io);
    });

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
