import type { Command } from 'commander';
import type { Document } from '../model/index.js';
import { launchChromium } from '../render/publish/chromium.js';
import { publishDocx } from '../render/publish/docx.js';
import { publishHtml } from '../render/publish/html.js';
import { type Printed, printTree } from '../render/publish/pdf.js';
import { type PublishNode, publishTree } from '../render/publish/tree.js';
import { publishXlsx } from '../render/publish/xlsx.js';
import { EXIT, type Io, Unreadable, Usage, load, writeAtomically } from './io.js';

/** The output formats of `gongkai render`. */
export const RENDER_FORMATS = ['html', 'pdf', 'docx', 'xlsx'] as const;
type RenderFormat = (typeof RENDER_FORMATS)[number];

const reason = (e: unknown): string => (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));

// HTML and PDF go through Chromium, started while the document is read (it takes longer than the reading). Without
// Chromium the HTML is still written, its contents without page numbers; a PDF cannot be.
async function printed(format: 'html' | 'pdf', input: string, io: Io, opts: { forms: boolean }): Promise<{ bytes: string | Uint8Array; tree: PublishNode[] }> {
  const launching = launchChromium().then(
    (b) => ({ ok: true as const, b }),
    (e: unknown) => ({ ok: false as const, e }),
  );
  let doc: Document;
  try {
    doc = await load(input);
  } catch (e) {
    const l = await launching;
    if (l.ok) await l.b.close();
    throw e;
  }
  const tree = treeOf(doc, input, io, opts);
  const launched = await launching;
  let out: Printed | undefined;
  try {
    if (!launched.ok) throw launched.e;
    out = await printTree(tree, { browser: launched.b });
  } catch (e) {
    if (format === 'pdf') throw new Unreadable(`cannot print the PDF: ${reason(e)}`);
    io.err(`gongkai: contents printed without page numbers (${reason(e)})\n`);
  } finally {
    if (launched.ok) await launched.b.close();
  }
  return { bytes: format === 'pdf' && out ? out.pdf : (out?.html ?? publishHtml(tree)), tree };
}

function treeOf(doc: Document, input: string, io: Io, opts: { forms: boolean }): PublishNode[] {
  if (!doc.template.startsWith('shanxi-')) io.err(`gongkai: ${input}: template ${doc.template}; the narrative follows the Shanxi template\n`);
  return publishTree(doc, { noForms: !opts.forms });
}

/** Register `gongkai render INPUT --format html|pdf|docx|xlsx -o OUT`: the complete disclosure regenerated from the model. */
export function registerRenderCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('render')
    .description('regenerate the complete disclosure from the model of INPUT: cover, contents, tables, narrative written from the numbers, forms, glossary')
    .argument('<input>', 'any document gongkai reads')
    .requiredOption('--format <format>', `output format: ${RENDER_FORMATS.join(', ')}`)
    .requiredOption('-o, --output <file>', 'file to write (written atomically)')
    .option('--no-forms', 'leave out the performance forms (attachments)')
    .action(async (input: string, opts: { format: string; output: string; forms: boolean }) => {
      if (!(RENDER_FORMATS as readonly string[]).includes(opts.format)) throw new Usage(`unknown format ${opts.format} (choose one of ${RENDER_FORMATS.join(', ')})`);
      const format = opts.format as RenderFormat;
      let out: { bytes: string | Uint8Array; tree: PublishNode[] };
      if (format === 'html' || format === 'pdf') out = await printed(format, input, io, opts);
      else {
        const tree = treeOf(await load(input), input, io, opts);
        out = { bytes: format === 'docx' ? await publishDocx(tree) : await publishXlsx(tree), tree };
      }
      writeAtomically(opts.output, out.bytes);
      const placeholders = out.tree.filter((n) => n.type === 'paragraph' && n.runs.some((r) => r.placeholder)).length;
      io.out(`${format.toUpperCase()}: ${opts.output}${placeholders && format !== 'xlsx' ? ` (${placeholders} paragraphs hold 【待填写】 text to complete)` : ''}\n`);
      setExit(EXIT.ok);
    });
}
