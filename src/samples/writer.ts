import type { Mistake } from './budget.js';

/** Where a seeded mistake was written: the 1-based line of the wrong figure. */
export interface SeededMistake {
  mistake: Mistake;
  line: number;
  what: string;
}

/** Lines of a tab-separated disclosure being written, with the lines where mistakes were seeded. */
export class Writer {
  readonly lines: string[] = [];
  readonly seeded: SeededMistake[] = [];

  /** Append one line of cells joined by tabs. */
  row(...cells: string[]): void {
    this.lines.push(cells.join('\t'));
  }

  /** Append text lines, each followed by a blank line, as PDF extractions separate paragraphs. */
  para(...texts: string[]): void {
    for (const t of texts) this.lines.push(t, '');
  }

  blank(): void {
    this.lines.push('');
  }

  /** Record that the next line written carries a seeded mistake. */
  seedNext(mistake: Mistake, what: string): void {
    this.seeded.push({ mistake, line: this.lines.length + 1, what });
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese ordinal numeral 1–99 as printed in headings (十一, 二十三). */
export function zh(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}
