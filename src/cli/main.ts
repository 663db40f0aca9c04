import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, CommanderError } from 'commander';
import { documentJsonSchema } from '../model/json-schema.js';
import type { Document } from '../model/index.js';
import { RULES, checkDocument } from '../check/index.js';
import { readDocument } from '../read/index.js';
import { CSV_HEADER, cellsAsCsv } from './csv.js';
import { wordFinding } from './findings.js';
import { summarize } from './summary.js';

/** Exit codes of the command line: 3 means the checks found errors. */
export const EXIT = { ok: 0, usage: 1, unreadable: 2, findings: 3 } as const;

class Unreadable extends Error {}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

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

/** Run the CLI with the given arguments; returns the exit code instead of exiting. */
export async function main(argv: readonly string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  const program = new Command('gongkai')
    .description('gongkai 公开 — read Chinese budget disclosures (预决算公开) into a typed model')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();

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
    .description('run the rule catalogue over each FILE; exit 3 when an error-level finding stands')
    .argument('<files...>', 'disclosure text files')
    .option('--json', 'findings as JSON (one array per file, or an object by file)')
    .option('--errors', 'print errors only (warnings and rounding information are still counted)')
    .action((files: string[], opts: { json?: boolean; errors?: boolean }) => {
      const byId = new Map(RULES.map((r) => [r.id, r]));
      const results = files.map((f) => ({ file: f, findings: checkDocument(load(f)) }));
      if (results.some((r) => r.findings.some((x) => x.severity === 'error'))) exit = EXIT.findings;
      if (opts.json) {
        io.out(`${JSON.stringify(results.length === 1 ? results[0]!.findings : Object.fromEntries(results.map((r) => [r.file, r.findings])), null, 2)}\n`);
        return;
      }
      for (const r of results) {
        const count = (s: string): number => r.findings.filter((x) => x.severity === s).length;
        io.out(`${r.file}: ${count('error')} error, ${count('warning')} warning, ${count('info')} info\n`);
        for (const f of r.findings.filter((x) => !opts.errors || x.severity === 'error')) io.out(`  ${wordFinding(f, byId)}\n`);
      }
    });

  program
    .command('rules')
    .description('list the rule catalogue: id, category, severity, title and what each rule checks')
    .action(() => {
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
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
}
