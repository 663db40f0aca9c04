// What the form readers ask of a cell's text (its label form, indicator words, amounts, 指标值),
// worked out at most once per distinct text: the same few hundred texts fill every form of a document.
import { fundingKindOf, isFundingLabel, printedAmount, type FundingKind, type PrintedAmount } from './funding-words.js';
import { parseMeasure, type Measure } from './measure.js';
import { cleanValue, compact } from './text.js';
import { headerWordOf, isBlockLabel, level1Of, level2Of, type HeaderWord, type Level1Word, type Level2Word } from './vocabulary.js';

/** A funding cell holding its label and its amount: `年度资金总额：50万元`, `其中：中央财政资金 0`. */
export interface InlineAmount {
  /** The amount's text, which ends the cell. */
  readonly amountText: string;
  /** The kind the label part names, when it names one. */
  readonly kind: FundingKind | undefined;
  /** The amount, read only when the label names a kind. */
  readonly amount: PrintedAmount | undefined;
}

/** A cell of an indicator row: a 一级 or 二级 indicator name, a task number (任务1), or a free cell. */
export type RowKind = 'l1' | 'l2' | 'task' | 'x';

const INLINE_AMOUNT_RE = /^(.*?[^\d\s,.])\s*[:：]?\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万元|元|亿元)?)$/;
const TASK_RE = /^任务\s*\d+$/;

/** The facts about one cell text; each is computed on first use. Shared: never change what it returns. */
export class CellText {
  /** The trimmed text. */
  readonly text: string;
  private compactText: string | undefined = undefined;
  private l1: Level1Word | null | undefined = undefined;
  private l2: Level2Word | null | undefined = undefined;
  private block: boolean | undefined = undefined;
  private taskWord: boolean | undefined = undefined;
  private header: HeaderWord | null | undefined = undefined;
  private measureOf: Measure | null | undefined = undefined;
  private fundingWord: boolean | undefined = undefined;
  private kind: FundingKind | null | undefined = undefined;
  private amountOf: PrintedAmount | null | undefined = undefined;
  private inline: InlineAmount | null | undefined = undefined;
  private cleaned: string | undefined = undefined;
  private kindInRow: RowKind | undefined = undefined;
  private slots: unknown[] | undefined = undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** The text as a field value (see `cleanValue`). */
  get clean(): string {
    return (this.cleaned ??= cleanValue(this.text));
  }

  /** The label form (see `compact`). */
  get compact(): string {
    return (this.compactText ??= compact(this.text));
  }

  /** The 一级 indicator the text names. */
  get level1(): Level1Word | undefined {
    if (this.l1 === undefined) this.l1 = level1Of(this.text) ?? null;
    return this.l1 ?? undefined;
  }

  /** The 二级 indicator the text names. */
  get level2(): Level2Word | undefined {
    if (this.l2 === undefined) this.l2 = level2Of(this.text) ?? null;
    return this.l2 ?? undefined;
  }

  /** True when the text labels an indicator block (绩效指标, 年度目标). */
  get blockLabel(): boolean {
    return (this.block ??= isBlockLabel(this.text));
  }

  /** What the text is in an indicator row (for a text that does not label the block). */
  get rowKind(): RowKind {
    return (this.kindInRow ??= this.level1 ? 'l1' : this.level2 ? 'l2' : this.task ? 'task' : 'x');
  }

  /** True for `任务1`. */
  get task(): boolean {
    return (this.taskWord ??= TASK_RE.test(this.text));
  }

  /** The column role the text names in an indicator header. */
  get headerWord(): HeaderWord | undefined {
    if (this.header === undefined) this.header = headerWordOf(this.text) ?? null;
    return this.header ?? undefined;
  }

  /** The parsed 指标值 (shared: copy it before handing it out). */
  get measure(): Measure | undefined {
    if (this.measureOf === undefined) this.measureOf = parseMeasure(this.text) ?? null;
    return this.measureOf ?? undefined;
  }

  /** True when the text reads as a 指标值 (see `looksLikeValue`). */
  get isValue(): boolean {
    return this.measure !== undefined;
  }

  /** True for the label that opens a funding section. */
  get fundingLabel(): boolean {
    return (this.fundingWord ??= isFundingLabel(this.text));
  }

  /** The kind of amount the text names as a funding label. */
  get fundingKind(): FundingKind | undefined {
    if (this.kind === undefined) this.kind = fundingKindOf(this.text) ?? null;
    return this.kind ?? undefined;
  }

  /** The text as an amount. */
  get amount(): PrintedAmount | undefined {
    if (this.amountOf === undefined) this.amountOf = printedAmount(this.text) ?? null;
    return this.amountOf ?? undefined;
  }

  /** A label and an amount in this one text, when the label names a source. */
  get inlineAmount(): InlineAmount | undefined {
    if (this.inline === undefined) {
      const m = INLINE_AMOUNT_RE.exec(this.text);
      const kind = m?.[1] && m[2] ? fundingKindOf(m[1]) : undefined;
      this.inline = m?.[1] && m[2] ? { amountText: m[2], kind, amount: kind ? printedAmount(m[2]) : undefined } : null;
    }
    return this.inline ?? undefined;
  }

  /** What a reader remembered about this text under its slot (see `newSlot`); undefined until then. */
  recall(slot: number): unknown {
    return this.slots?.[slot];
  }

  /** Remember a reader's answer about this text under its slot; never undefined (that means "not asked"). */
  keep(slot: number, value: unknown): void {
    (this.slots ??= [])[slot] = value;
  }
}

let slots = 0;

/** A new slot for a reader-specific question about cell texts (a label list, an inline splitter). */
export function newSlot(): number {
  return slots++;
}

const CELLS = new Map<string, CellText>();

/** The shared record of a cell's text (keyed by the text as the cell holds it). */
export function cellText(text: string): CellText {
  let out = CELLS.get(text);
  if (out === undefined) {
    // A bound, not an eviction policy: one document has a few thousand distinct texts.
    if (CELLS.size >= 50000) CELLS.clear();
    out = new CellText(text.trim());
    CELLS.set(text, out);
  }
  return out;
}
