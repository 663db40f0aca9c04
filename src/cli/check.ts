import { RULES, checkDocument } from '../check/index.js';
import { applySettings } from '../check/config.js';
import { type Checked, countFindings } from '../render/checked.js';
import { findingsCsv } from '../render/findings-csv.js';
import { reportHtml } from '../render/report-html.js';
import { loadSettings } from './config.js';
import { documentReport, summaryTable } from './findings.js';
import { READ_EXTENSIONS, expandInputs, progress } from './inputs.js';
import { type LimitOpts, limitsOf } from './limits.js';
import { EXIT, type Io, Unreadable, Usage, load, writeAtomically } from './io.js';

/** Options of `gongkai check`. */
export interface CheckOptions extends LimitOpts {
  json?: boolean;
  csv?: boolean;
  html?: string;
  errors?: boolean;
  config?: string;
}

/** `gongkai check`: read, check and report; returns 1 when an error-level finding stands, else 0. */
export async function check(paths: string[], opts: CheckOptions, io: Io): Promise<number> {
  if ([opts.json, opts.csv, opts.html !== undefined].filter(Boolean).length > 1) throw new Usage('choose one of --json, --csv, --html');
  const rules = applySettings(RULES, loadSettings(RULES, io.cwd ?? process.cwd(), opts.config));
  const limits = limitsOf(opts);
  const note = (s: string): void => io.err(`gongkai: ${s}\n`);
  const inputs = expandInputs(paths, note);
  if (inputs.length === 0) throw new Unreadable(`${paths.join(', ')}: no files gongkai reads (${READ_EXTENSIONS.join(' ')})`);
  const bar = progress(Boolean(io.tty) && inputs.length > 1, io.err);
  const checked: Checked[] = [];
  for (const [i, input] of inputs.entries()) {
    bar.step(i, inputs.length, input.path);
    try {
      const doc = await load(input.path, limits);
      checked.push({ file: input.path, doc, findings: checkDocument(doc, rules) });
    } catch (e) {
      if (input.explicit || !(e instanceof Unreadable)) {
        bar.done();
        throw e;
      }
      note(`skipped ${e.message}`);
    }
  }
  bar.done();
  if (checked.length === 0) throw new Unreadable(`${paths.join(', ')}: no readable document`);
  const errors = checked.some((c) => c.findings.some((f) => f.severity === 'error'));
  const shown = opts.errors ? checked.map((c) => ({ ...c, findings: c.findings.filter((f) => f.severity === 'error'), counts: countFindings(c.findings) })) : checked;
  const byId = new Map(rules.map((r) => [r.id, r]));
  if (opts.json) {
    const docs = checked.map((c, i) => ({ file: c.file, body: c.doc.body, year: c.doc.year ?? null, kind: c.doc.kind, template: c.doc.template, counts: countFindings(c.findings), findings: shown[i]?.findings ?? [] }));
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
