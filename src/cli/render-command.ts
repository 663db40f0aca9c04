import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { RULES, checkDocument } from '../check/index.js';
import type { Document, Finding } from '../model/index.js';
import { launchChromium } from '../render/publish/chromium.js';
import { PUBLISH_FORMATS, type PublishFormat, type Rendered, renderDisclosure } from '../render/publish/render.js';
import { recordPublication, storeFromEnv } from '../store/index.js';
import { EXIT, type Io, Unreadable, Usage, load, writeAtomically } from './io.js';

/** The output formats of `gongkai render` and `gongkai publish`. */
export const RENDER_FORMATS = PUBLISH_FORMATS;

type RenderOpts = { format: string; output: string; forms: boolean };
type PublishOpts = RenderOpts & { force?: boolean; by?: string; data?: string };

const reason = (e: unknown): string => (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));

function formatOf(s: string): PublishFormat {
  if (!(PUBLISH_FORMATS as readonly string[]).includes(s)) throw new Usage(`unknown format ${s} (choose one of ${PUBLISH_FORMATS.join(', ')})`);
  return s as PublishFormat;
}

// HTML and PDF go through Chromium, started while the document is read (it takes longer than the reading). Without
// Chromium the HTML is still written, its contents without page numbers; a PDF cannot be.
async function render(input: string, format: PublishFormat, io: Io, opts: { forms: boolean }, gate?: (doc: Document) => void): Promise<{ doc: Document; out: Rendered }> {
  const printing = format === 'html' || format === 'pdf';
  const launching = printing ? launchChromium().then((b) => ({ ok: true as const, b }), (e: unknown) => ({ ok: false as const, e })) : undefined;
  const launched = async () => (launching ? await launching : undefined);
  try {
    const doc = await load(input);
    gate?.(doc);
    if (!doc.template.startsWith('shanxi-')) io.err(`gongkai: ${input}: template ${doc.template}; the narrative follows the Shanxi template\n`);
    const l = await launched();
    if (l && !l.ok) {
      if (format === 'pdf') throw new Unreadable(`cannot print the PDF: ${reason(l.e)}`);
      io.err(`gongkai: contents printed without page numbers (${reason(l.e)})\n`);
    }
    try {
      return { doc, out: await renderDisclosure(doc, format, { noForms: !opts.forms, ...(l?.ok ? { browser: l.b } : {}) }) };
    } catch (e) {
      if (format === 'pdf') throw new Unreadable(`cannot print the PDF: ${reason(e)}`);
      throw e;
    }
  } finally {
    const l = await launched();
    if (l?.ok) await l.b.close();
  }
}

function written(format: PublishFormat, file: string, out: Rendered): string {
  const placeholders = out.tree.filter((n) => n.type === 'paragraph' && n.runs.some((r) => r.placeholder)).length;
  return `${format.toUpperCase()}: ${file}${placeholders && format !== 'xlsx' ? ` (${placeholders} paragraphs hold 【待填写】 text to complete)` : ''}`;
}

/** Register `gongkai render` (a draft of the complete disclosure) and `gongkai publish` (checked, gated, recorded). */
export function registerRenderCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('render')
    .description('regenerate the complete disclosure from the model of INPUT: cover, contents, tables, narrative written from the numbers, charts, forms, glossary (a draft: see publish)')
    .argument('<input>', 'any document gongkai reads')
    .requiredOption('--format <format>', `output format: ${PUBLISH_FORMATS.join(', ')}`)
    .requiredOption('-o, --output <file>', 'file to write (written atomically)')
    .option('--no-forms', 'leave out the performance forms (attachments)')
    .action(async (input: string, opts: RenderOpts) => {
      const format = formatOf(opts.format);
      const { doc, out } = await render(input, format, io, opts);
      writeAtomically(opts.output, out.bytes);
      io.out(`${written(format, opts.output, out)}\n`);
      const errors = checkDocument(doc, RULES).filter((f) => f.severity === 'error').length;
      if (errors > 0) io.err(`gongkai: a draft: ${errors} error-level finding(s) stand (gongkai check ${input}); gongkai publish refuses it until they are fixed\n`);
      setExit(EXIT.ok);
    });

  program
    .command('publish')
    .description('check INPUT, refuse while error-level findings stand (unless --force), render it and record the publication in the store')
    .argument('<input>', 'any document gongkai reads')
    .requiredOption('--format <format>', `output format: ${PUBLISH_FORMATS.join(', ')}`)
    .requiredOption('-o, --output <file>', 'file to write (written atomically)')
    .option('--no-forms', 'leave out the performance forms (attachments)')
    .option('--force', 'publish although error-level findings stand; the publication records them and who forced it')
    .option('--by <name>', 'who publishes (default: the login name)')
    .option('--data <dir>', 'data directory of the embedded store that records publications (default: $GONGKAI_DATA or ./gongkai-data); DATABASE_URL selects PostgreSQL')
    .action(async (input: string, opts: PublishOpts) => {
      const format = formatOf(opts.format);
      let errors: Finding[] = [];
      const gate = (doc: Document): void => {
        errors = checkDocument(doc, RULES).filter((f) => f.severity === 'error');
        if (errors.length > 0 && !opts.force) throw new Refused(errors);
      };
      let result: { doc: Document; out: Rendered };
      try {
        result = await render(input, format, io, opts, gate);
      } catch (e) {
        if (!(e instanceof Refused)) throw e;
        io.err(`gongkai: not published: ${e.findings.length} error-level finding(s) stand:\n`);
        for (const f of e.findings.slice(0, 20)) io.err(`  ${f.location.file}:${f.location.line}  ${f.rule}${f.expected !== undefined ? `  应为 ${f.expected}` : ''}${f.actual !== undefined ? `  实为 ${f.actual}` : ''}\n`);
        io.err('gongkai: fix them (gongkai check shows each one), or publish with --force, which records them\n');
        setExit(EXIT.findings);
        return;
      }
      const { doc, out } = result;
      const by = opts.by ?? userInfo().username;
      let store;
      try {
        store = await storeFromEnv({ data: opts.data });
      } catch (e) {
        throw new Unreadable(`the store cannot be opened to record the publication (${reason(e)})`);
      }
      try {
        // Recorded before the file is written: a publication on disk always has its record.
        const id = await recordPublication(store.db, { account: by, sha256: createHash('sha256').update(JSON.stringify(doc)).digest('hex'), body: doc.body.name, year: doc.year ?? null, kind: doc.kind, format, size: out.bytes.length, forced: errors.length > 0, standing: errors });
        writeAtomically(opts.output, out.bytes);
        io.out(`${written(format, opts.output, out)}\npublication #${id} by ${by}${errors.length > 0 ? `, FORCED with ${errors.length} error-level finding(s) standing (recorded)` : ''}\n`);
      } finally {
        await store.close();
      }
      setExit(EXIT.ok);
    });
}

class Refused extends Error {
  constructor(readonly findings: Finding[]) {
    super('refused');
  }
}
