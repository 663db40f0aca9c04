// Test support for the narrative tests: read a whole corpus document's lines through the format
// reader and hand them to the narrative reader, as the assembler will (tables and forms included
// here; the reader must not be derailed by them).
import assert from 'node:assert/strict';
import { corpusText } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import type { NarrativeFact, NarrativeSection, Position } from '../../model/index.js';
import { createContext, type ReadContext } from '../context.js';
import { readLayoutText } from '../layout/index.js';
import { readOcrMarkdown } from '../lines/ocr-markdown.js';
import { readTsvText } from '../lines/tsv.js';
import type { SourceLine } from '../lines/types.js';
import { readNarrative, type NarrativeResult } from './index.js';

/** A document read by the narrative reader, with its source lines. */
export interface ReadDoc {
  result: NarrativeResult;
  ctx: ReadContext;
  lines: SourceLine[];
  facts: NarrativeFact[];
}

/** Read a corpus document; `tocEnd` drops the title page and table of contents (lines ≤ tocEnd), as the assembler does. */
export function readDoc(name: string, tocEnd = 0): ReadDoc {
  const source = name.endsWith('.pdf')
    ? readLayoutText(layoutTextOf(name), name)
    : name.endsWith('.md')
      ? readOcrMarkdown(corpusText(name), name)
      : readTsvText(corpusText(name), name);
  const ctx = createContext(name);
  const result = readNarrative(
    source.lines.filter((l) => l.no > tocEnd),
    ctx,
  );
  return { result, ctx, lines: source.lines, facts: flatFacts(result.sections) };
}

/** Read synthetic text as tab-separated lines. */
export function readText(text: string): ReadDoc {
  const source = readTsvText(text, 'synthetic.txt');
  const ctx = createContext('synthetic.txt');
  const result = readNarrative(source.lines, ctx);
  return { result, ctx, lines: source.lines, facts: flatFacts(result.sections) };
}

/** Every fact of a section tree, in document order. */
export function flatFacts(sections: readonly NarrativeSection[]): NarrativeFact[] {
  return sections.flatMap((s) => [...s.facts, ...flatFacts(s.children)]);
}

/** Every section of a tree, depth first. */
export function flatSections(sections: readonly NarrativeSection[]): NarrativeSection[] {
  return sections.flatMap((s) => [s, ...flatSections(s.children)]);
}

/** The section with this title (first found), failing the test when there is none. */
export function sectionTitled(doc: ReadDoc, title: string): NarrativeSection {
  const s = flatSections(doc.result.sections).find((x) => x.title === title);
  assert.ok(s, `no section titled ${title}`);
  return s;
}

/** The facts of one kind whose figure starts on `line`, in order. */
export function factsOn(doc: ReadDoc, line: number, kind?: NarrativeFact['kind']): NarrativeFact[] {
  return doc.facts.filter((f) => f.pos.line === line && (kind === undefined || f.kind === kind));
}

/** The one fact on `line` of `kind` whose value (amount or number) is `value`. */
export function fact(doc: ReadDoc, line: number, kind: NarrativeFact['kind'], value?: string): NarrativeFact {
  const found = factsOn(doc, line, kind).filter((f) => value === undefined || f.amount?.value === value || f.number === value);
  assert.equal(found.length, 1, `expected one ${kind} ${value ?? ''} on line ${line}, found ${found.length}: ${found.map((f) => f.text).join(', ')}`);
  const f = found[0];
  assert.ok(f);
  return f;
}

/** The raw text a single-line position points at. */
export function rawAt(doc: ReadDoc, pos: Position): string {
  const line = doc.lines[pos.line - 1];
  assert.ok(line && pos.column);
  return line.raw.slice(pos.column.start, pos.column.end);
}

/** The amount fact a share/change/growth/completion fact qualifies (its `ref` in its own section). */
export function refOf(doc: ReadDoc, f: NarrativeFact): NarrativeFact | undefined {
  const section = flatSections(doc.result.sections).find((s) => s.facts.includes(f));
  assert.ok(section, `fact ${f.text} is in no section`);
  return f.ref === undefined ? undefined : section.facts[f.ref];
}

/** Assert a fact's kind, value, unit, subject, direction, basis and measure at once. */
export function expectFact(
  f: NarrativeFact,
  want: {
    amount?: string;
    unit?: string;
    number?: string;
    topic?: string;
    code?: string;
    path?: string[];
    direction?: NarrativeFact['direction'];
    basis?: string;
    measure?: string;
  },
): void {
  if (want.amount !== undefined) {
    assert.equal(f.amount?.value, want.amount, `amount of ${f.text}`);
    assert.equal(f.amount?.unit, want.unit ?? '万元', `unit of ${f.text}`);
  } else if (want.unit !== undefined) assert.equal(f.unit, want.unit, `unit of ${f.text}`);
  if (want.number !== undefined) assert.equal(f.number, want.number, `number of ${f.text}`);
  if (want.topic !== undefined) assert.equal(f.subject?.topic, want.topic, `topic of ${f.text}`);
  if (want.code !== undefined) assert.equal(f.subject?.code, want.code, `code of ${f.text}`);
  if (want.direction !== undefined) assert.equal(f.direction, want.direction, `direction of ${f.text}`);
  if (want.path !== undefined) assert.deepEqual(f.subject?.path, want.path, `path of ${f.text}`);
  if (want.basis !== undefined) assert.equal(f.basis, want.basis, `basis of ${f.text}`);
  if (want.measure !== undefined) assert.equal(f.measure, want.measure, `measure of ${f.text}`);
}
