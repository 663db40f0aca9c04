import { readDocument, readText } from '../src/read/index.js';
import type { Document, ProjectForm } from '../src/model/index.js';
import { corpusBytes, corpusText } from './corpus.js';
import { layoutTextOf } from './layout-text.js';

const cache = new Map<string, Document>();

/** A corpus document read as the CLI reads it (the Shanghai PDFs through `pdftotext -layout`), cached per test process. */
export function corpusDocument(name: string): Document {
  const hit = cache.get(name);
  if (hit) return hit;
  const r = name.endsWith('.pdf') ? readText(layoutTextOf(name), name) : readDocument(corpusBytes(name), name);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  cache.set(name, r.document);
  return r.document;
}

/** A copy of a corpus document that a test may change without touching the cached one. */
export function freshCorpusDocument(name: string): Document {
  return structuredClone(corpusDocument(name));
}

/** The project form of a document with that project name; throws when there is none. */
export function projectFormOf(doc: Document, name: string): ProjectForm {
  const f = doc.forms.projects.find((p) => p.projectName === name);
  if (!f) throw new Error(`no project form named ${name}`);
  return f;
}

/** Lines (1-based) of a document's text to rewrite, each by a function of the printed line. */
export type LineEdits = Record<number, (line: string) => string>;

/** A corpus document read as the CLI reads it (layout text for the PDFs) after rewriting some of its lines. */
export function editedCorpusDocument(name: string, edit: LineEdits = {}): Document {
  const text = name.endsWith('.pdf') ? layoutTextOf(name) : corpusText(name);
  const r = readText(text.split('\n').map((l, i) => edit[i + 1]?.(l) ?? l).join('\n'), name);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.document;
}
