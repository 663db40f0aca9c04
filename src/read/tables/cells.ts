import { toMoney } from '../../model/decimal.js';
import type { Cell, MoneyUnit, Row } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import { posOf } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { compactName } from './patterns.js';

/** The cell at grid index i of a line, with its amount when `money` and the text is a number. */
export function cellAt(ctx: ReadContext, line: SourceLine, i: number, unit: MoneyUnit, money = true): Cell {
  const src = line.cells[i];
  const text = src?.text ?? '';
  const cell: Cell = { text, pos: src ? posOf(ctx, line, src) : posOf(ctx, line) };
  if (money && text) {
    const m = toMoney(text, unit);
    if (m) cell.amount = m;
  }
  return cell;
}

/** Text of grid index i (trimmed, '' when absent). */
export function textAt(line: SourceLine, i: number): string {
  return line.cells[i]?.text.trim() ?? '';
}

/** Whether every value cell of the line is empty (a wrapped name or a blank row). */
export function valuesEmpty(line: SourceLine, from: number): boolean {
  for (let i = from; i < line.cells.length; i++) if (line.cells[i]!.text.trim()) return false;
  return true;
}

/** Level, classification and role of a code (function 2xx…, department economic 3xx, government economic 5xx). */
export function codeInfo(code: string): Pick<Row, 'level' | 'classification' | 'role'> {
  const classification: Row['classification'] = code.startsWith('5') ? 'gov-economic' : code.startsWith('3') ? 'dept-economic' : 'function';
  if (code.length === 3) return { level: '类', classification, role: 'class' };
  if (code.length === 5) return { level: '款', classification, role: classification === 'function' ? 'subtotal' : 'item' };
  return { level: '项', classification, role: 'item' };
}

/** Join a code printed whole or split over up to three cells (201 / 13 / 01 → 2011301). */
export function joinCode(parts: readonly string[]): string | undefined {
  if (parts.length === 1 && !/\s/.test(parts[0]!)) return /^\d{3}(?:\d{2}){0,2}$/.test(parts[0]!) ? parts[0] : undefined;
  const digits = parts.map((p) => p.replace(/\s+/g, '')).filter(Boolean);
  if (digits.length === 0 || !digits.every((d) => /^\d+$/.test(d))) return undefined;
  if (digits.length === 1) return /^\d{3}(\d{2}){0,2}$/.test(digits[0]!) ? digits[0] : undefined;
  const [a, ...rest] = digits;
  if (!/^\d{3}$/.test(a!) || !rest.every((d) => /^\d{1,2}$/.test(d))) return undefined;
  return a + rest.map((d) => d.padStart(2, '0')).join('');
}

const GRAND = /^(?:合计|总计|部门合计|本年收入合计|本年支出合计|收入总计|支出总计)$/;

/** Role of a row from its name when it has no code. */
export function roleOfName(name: string): Row['role'] {
  const n = compactName(name).replace(/\s+/g, '');
  if (GRAND.test(n)) return 'grand-total';
  if (/合计$|小计$/.test(n)) return 'subtotal';
  return 'item';
}
