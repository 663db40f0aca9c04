import type { Command } from 'commander';
import { publishTree } from '../render/publish/tree.js';
import { publishHtml } from '../render/publish/html.js';
import { launchChromium } from '../render/publish/chromium.js';
import { printTree } from '../render/publish/pdf.js';
import { EXIT, type Io, Unreadable, Usage, load, writeAtomically } from './io.js';

/** The output formats of `gongkai render`. */
export const RENDER_FORMATS = ['html', 'pdf'] as const;
type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Register `gongkai render INPUT --format html|pdf -o OUT`: the complete disclosure regenerated from the model. */
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
      // Chromium starts while the document is read (it takes longer than the reading).
      const launching = launchChromium().then(
        (b) => ({ ok: true as const, b }),
        (e: unknown) => ({ ok: false as const, e }),
      );
      let doc;
      try {
        doc = await load(input);
      } catch (e) {
        const l = await launching;
        if (l.ok) await l.b.close();
        throw e;
      }
      if (!doc.template.startsWith('shanxi-')) io.err(`gongkai: ${input}: template ${doc.template}; the narrative follows the Shanxi template\n`);
      const tree = publishTree(doc, { noForms: !opts.forms });
      const placeholders = tree.filter((n) => n.type === 'paragraph' && n.runs.some((r) => r.placeholder)).length;
      let printed: Awaited<ReturnType<typeof printTree>> | undefined;
      const launched = await launching;
      try {
        if (!launched.ok) throw launched.e;
        printed = await printTree(tree, { browser: launched.b });
      } catch (e) {
        // Without Chromium the HTML is still written, its contents without page numbers; a PDF cannot be.
        if (format === 'pdf') throw new Unreadable(`cannot print the PDF: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        io.err(`gongkai: contents printed without page numbers (${e instanceof Error ? e.message.split('\n')[0] : String(e)})\n`);
      } finally {
        if (launched.ok) await launched.b.close();
      }
      writeAtomically(opts.output, format === 'pdf' && printed ? printed.pdf : (printed?.html ?? publishHtml(tree)));
      io.out(`${format.toUpperCase()}: ${opts.output}${placeholders ? ` (${placeholders} paragraphs hold 【待填写】 text to complete)` : ''}\n`);
      setExit(EXIT.ok);
    });
}
