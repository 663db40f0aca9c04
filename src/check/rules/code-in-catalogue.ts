import type { Finding, Row, Table } from '../../model/index.js';
import { FUNCTION_CODES, type FunctionCodeEntry } from '../catalogue/function-codes.js';
import type { Rule } from '../rule.js';
import { codeName, codedRows } from './code-named-consistently.js';

/** Catalogue entries of a code valid in a year (every entry of the code when the year is unknown). */
function entriesFor(catalogue: readonly FunctionCodeEntry[], code: string, year: number | undefined): FunctionCodeEntry[] {
  return catalogue.filter(
    (e) => e.code === code && (year === undefined || ((e.since ?? -Infinity) <= year && year <= (e.until ?? Infinity))),
  );
}

/** A row's code looked up in a catalogue for the document's year: unknown (info), or named otherwise (warning). */
export function catalogueFinding(
  rule: string,
  catalogue: readonly FunctionCodeEntry[],
  row: Row,
  table: Table,
  year: number | undefined,
): Finding | undefined {
  const code = row.code ?? '';
  const base = { code, table: table.title, year: year === undefined ? '' : String(year) };
  const entries = entriesFor(catalogue, code, year);
  if (entries.length === 0) {
    // A code valid only in other years is named so: the document may use a retired or not-yet-created code.
    const other = catalogue.filter((e) => e.code === code);
    return {
      rule,
      severity: 'info',
      location: row.pos,
      actual: code,
      params: { ...base, kind: other.length > 0 ? 'not-valid-in-year' : 'unknown-code', name: row.name },
    };
  }
  const name = codeName(row.name);
  if (entries.some((e) => codeName(e.name) === name)) return undefined;
  // Only a name valid before the document's year is outdated; a later name in an older document is just different.
  const outdated = catalogue.some((e) => e.code === code && codeName(e.name) === name && year !== undefined && e.until !== undefined && e.until < year);
  return {
    rule,
    severity: 'warning',
    location: row.pos,
    expected: entries.map((e) => e.name).join('/'),
    actual: name,
    params: { ...base, kind: outdated ? 'outdated-name' : 'name-differs' },
  };
}

/** Function codes are known to the catalogue for the document's year and carry the catalogue's name. */
export const codeInCatalogue: Rule = {
  id: 'code-in-catalogue',
  title: '功能科目与目录一致',
  category: 'classification',
  severity: 'warning',
  docs: "Each function code is looked up in the year-versioned catalogue for the document's year: an unknown code is information, a name that differs from the catalogue's (such as a renamed class's old name) is a warning.",
  check: (doc) =>
    doc.tables.flatMap((t) =>
      codedRows(t.noData ? [] : t.rows)
        .filter((r) => r.classification === 'function')
        .flatMap((r) => catalogueFinding('code-in-catalogue', FUNCTION_CODES, r, t, doc.year) ?? []),
    ),
};

