import type { Finding } from '../api';
import { SEVERITY_ZH } from '../format';
import type { CellRef } from '../../../src/model/edit.js';
import type { Table } from '../../../src/model/index.js';
import { placeId } from '../doc/anchors';
import { type Marks, markClass } from '../doc/marks';

/** The key of a cell in the editor's drafts. */
export const cellKey = (r: CellRef): string => `${r.table}:${r.row}:${r.column}`;

// A column holds amounts when some row prints one there; its blank cells can then take one.
const amountColumns = (t: Table): Set<string> => new Set(t.rows.flatMap((r) => Object.entries(r.cells).filter(([, c]) => c.amount).map(([k]) => k)));

/**
 * One table as an editable grid: amounts of the rows a person types are inputs (exact decimal text; a draft that is
 * not one stays red and is not applied), totals (rows that sum others) are read-only and recomputed.
 */
export function Grid({ table, index, computed, marks, drafts, invalid, describe, onEdit }: {
  table: Table;
  index: number;
  computed: ReadonlySet<number>;
  marks: Marks;
  drafts: ReadonlyMap<string, string>;
  invalid: ReadonlySet<string>;
  describe: (f: Finding) => string;
  onEdit: (ref: CellRef, text: string) => void;
}) {
  const indent = (level: string | undefined): number => (level === '款' ? 1 : level === '项' ? 2 : 0);
  const money = amountColumns(table);
  const columns = table.columns.filter((c) => c.key !== 'code' && c.key !== 'name');
  const hasCode = table.rows.some((r) => r.code);
  return (
    <section className="table" id={`l${table.pos.line}`} data-table={index}>
      <h3>{table.number && <span className="muted">{table.number} </span>}{table.title}</h3>
      <p className="muted">单位：{table.unit ?? '未注明'} · 第 {table.pos.line} 行起{computed.size > 0 ? ' · 灰底的合计行由下级科目自动求和' : ''}</p>
      {table.noData ? <p className="muted">本表无数据</p> : (
        <div className="scroll">
          <table className="doc grid">
            <thead>
              <tr>
                {hasCode && <th>科目编码</th>}
                <th>项目</th>
                {columns.map((c) => <th key={c.key}>{c.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i} className={`role-${r.role}${computed.has(i) ? ' computed' : ''}`} id={`l${r.pos.line}`}>
                  {hasCode && <td className="code">{r.code ?? ''}</td>}
                  <td className="name" style={{ paddingLeft: `${0.4 + indent(r.level) * 1.2}em` }}>{r.name}{r.name2 ? ` / ${r.name2}` : ''}</td>
                  {columns.map((c) => {
                    const cell = r.cells[c.key];
                    if (!cell) return <td key={c.key} />;
                    const id = placeId(cell.pos);
                    const fs = marks.get(id);
                    const title = fs?.map((f) => `${SEVERITY_ZH[f.severity]}：${describe(f)}`).join('\n');
                    const cls = [cell.amount || money.has(c.key) ? 'num' : 'text', markClass(fs)];
                    const editable = money.has(c.key) && !computed.has(i) && (cell.amount !== undefined || cell.text.trim() === '');
                    if (!editable) return <td key={c.key} id={id} className={[...cls, computed.has(i) ? 'sum' : ''].filter(Boolean).join(' ')} title={title} data-computed={computed.has(i) ? '' : undefined}>{cell.text}</td>;
                    const ref = { table: index, row: i, column: c.key };
                    const k = cellKey(ref);
                    const bad = invalid.has(k);
                    return (
                      <td key={c.key} id={id} className={[...cls, 'edit'].filter(Boolean).join(' ')} title={title}>
                        <input
                          value={drafts.get(k) ?? cell.text}
                          onChange={(e) => onEdit(ref, e.target.value)}
                          className={bad ? 'invalid' : undefined}
                          aria-invalid={bad || undefined}
                          aria-label={`${r.code ? `${r.code} ` : ''}${r.name} ${c.label}`}
                          title={bad ? '不是金额（只能输入数字，如 12.50），未应用' : undefined}
                          inputMode="decimal"
                          size={Math.max(6, (drafts.get(k) ?? cell.text).length + 1)}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {table.notes.map((n, i) => <p key={i} className="note">{n.text}</p>)}
    </section>
  );
}
