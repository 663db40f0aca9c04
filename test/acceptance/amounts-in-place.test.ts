// Acceptance: every amount printed in a table is in the model, at a cell whose position covers it, with
// the exact value, in the right row and the right column. The printed amounts, their rows and their
// columns are found independently of the reader, from the raw lines (see printed-amounts.ts for the rules).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../src/model/document.js';
import type { Cell, Row, Table } from '../../src/model/table.js';
import { printedAmounts } from './printed-amounts.js';
import type { PrintedAmount } from './printed-amounts.js';
import { ALL_DOCS, JZ22, doc, norm, sourceText, stripOrdinal } from './support.js';

interface Placed {
  table: Table;
  row: Row;
  key: string;
  cell: Cell;
  label: string;
}

/** Every cell of the model by the source line it was read from. */
function cellsByLine(d: Document): Map<number, Placed[]> {
  const byLine = new Map<number, Placed[]>();
  for (const t of d.tables)
    for (const r of t.rows)
      for (const [key, c] of Object.entries(r.cells)) {
        const label = t.columns.find((col) => col.key === key)?.label ?? key;
        const list = byLine.get(c.pos.line) ?? [];
        list.push({ table: t, row: r, key, cell: c, label });
        byLine.set(c.pos.line, list);
      }
  return byLine;
}

const labelText = (s: string): string => norm(s).replace(/\//g, '');

function nameMatches(printed: string, modelName: string | undefined, layout: boolean): boolean {
  if (modelName === undefined) return false;
  const a = stripOrdinal(printed);
  const b = stripOrdinal(modelName);
  // Layout text wraps long names over lines, so the line shows only part of the name.
  return layout ? b.includes(a) : a === b;
}

/** Why a placed cell is not the printed amount's place, or undefined when it is. */
function mismatch(a: PrintedAmount, p: Placed, layout: boolean): string | undefined {
  if (p.cell.amount?.value !== a.value) return `value ${p.cell.amount?.value ?? `none (text '${p.cell.text}')`} ≠ ${a.value}`;
  if (a.rowCode !== undefined && p.row.code !== a.rowCode) return `row code ${p.row.code ?? 'none'} ≠ ${a.rowCode}`;
  for (const n of a.rowNames)
    if (!nameMatches(n, p.row.name, layout) && !nameMatches(n, p.row.name2, layout))
      return `row name '${p.row.name}'${p.row.name2 ? ` / '${p.row.name2}'` : ''} ≠ '${n}'`;
  const first = a.header[0];
  if (first === undefined) return 'the test found no header above this amount';
  const rowless = a.rowCode === undefined && a.rowNames.length === 0;
  if (!rowless) {
    if (!labelText(p.label).includes(labelText(first))) return `column '${p.label}' does not contain '${first}'`;
    return undefined;
  }
  // A row printed without any label: the headers above it (and its group, 预算数/决算数) must be said by
  // the column label or the row name together.
  const said = labelText(p.label) + '|' + labelText(p.row.name);
  for (const h of [...a.header, ...(a.group ? [a.group] : [])])
    if (!said.includes(labelText(h))) return `column '${p.label}' / row '${p.row.name}' do not say '${h}'`;
  return undefined;
}

function check(a: PrintedAmount, byLine: Map<number, Placed[]>, layout: boolean): string | undefined {
  const onLine = byLine.get(a.line) ?? [];
  const covering = onLine.filter((p) => p.cell.pos.column !== undefined && p.cell.pos.column.start <= a.start && a.end <= p.cell.pos.column.end);
  if (covering.length === 0) {
    const sameValue = onLine.filter((p) => p.cell.amount?.value === a.value);
    return sameValue.length > 0
      ? `value read but no cell position covers [${a.start},${a.end}) (cells with that value at ${sameValue
          .map((p) => `[${p.cell.pos.column?.start ?? '?'},${p.cell.pos.column?.end ?? '?'})`)
          .join(' ')})`
      : onLine.length > 0
        ? 'not read (the line has cells, none covers it)'
        : 'not read (no cell from this line)';
  }
  const reasons = covering.map((p) => mismatch(a, p, layout));
  if (reasons.some((r) => r === undefined)) return undefined;
  const p = covering[0] as Placed;
  return `${reasons[0] ?? ''} (in ${p.table.kind} row ${p.row.code ?? ''}${p.row.name} key ${p.key})`;
}

for (const name of ALL_DOCS) {
  test(`amounts in place: ${name}`, (t) => {
    const layout = name.endsWith('.pdf');
    const printed = printedAmounts(sourceText(name), layout ? 'layout' : 'tsv');
    if (name === JZ22) assert.equal(printed.length, 0, 'the 晋中 document is forms only: no table amounts');
    else assert.ok(printed.length > 100, `the test's own segmentation found only ${printed.length} amounts`);
    const byLine = cellsByLine(doc(name));
    const problems: string[] = [];
    for (const a of printed) {
      const why = check(a, byLine, layout);
      if (why !== undefined)
        problems.push(`  line ${a.line} [${a.start},${a.end}) ${a.text} 《${a.table}》 row ${a.rowCode ?? ''}${a.rowNames.join('/')} col ${a.header.join('<')}: ${why}`);
    }
    t.diagnostic(`${name}: numbers printed ${printed.length}, found in place ${printed.length - problems.length}`);
    // ACCEPTANCE_VERBOSE=1 lists every problem instead of the first 40.
    const shown = process.env.ACCEPTANCE_VERBOSE ? problems.length : 40;
    assert.equal(
      problems.length,
      0,
      `${problems.length} of ${printed.length} printed amounts are not in place:\n${problems.slice(0, shown).join('\n')}${problems.length > shown ? `\n  … and ${problems.length - shown} more` : ''}`,
    );
  });
}
