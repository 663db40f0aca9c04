// Figures found in a sentence before they become facts, and what a sentence part may hold.
import type { MoneyUnit, NarrativeFact } from '../../model/index.js';
import type { Subject } from './subjects.js';

type Kind = NarrativeFact['kind'];

/** A figure (or a same/flat comparison) found in a sentence, before it becomes a fact. Made by `newEvent` only, so that all share one shape. */
export interface Event {
  kind: Kind;
  start: number;
  end: number;
  /** Where the printed figure (number + unit) starts, inside [start, end). */
  figureStart: number;
  number: string | undefined;
  amount: { raw: string; unit: MoneyUnit } | undefined;
  unit: string | undefined;
  direction: NarrativeFact['direction'];
  basis: string | undefined;
  /** For amounts: the measure printed right before the figure (年初预算, 决算, 2025年预算…). */
  measure: string | undefined;
  /** The measure is the other side of a comparison (比2025年预算1018.33万元): not the figure spoken of. */
  compared: boolean;
  /** For rates: the amount this one qualifies. */
  ref: Event | undefined;
  /** Index of the fact made of this event in its section's facts (-1 until it is made). */
  factIndex: number;
  subject: Subject | undefined;
  /** Text between the figure's clause start and the keyword that introduces it, where its topic is named. */
  topicText: string;
  /** Text right after the figure (for counts named after the number: 26个科室). */
  after: string;
}

/** A new event of one shape (all fields set), so that code reading events stays monomorphic. */
export function newEvent(kind: Kind, start: number, end: number, figureStart: number, after: string): Event {
  return {
    kind,
    start,
    end,
    figureStart,
    number: undefined,
    amount: undefined,
    unit: undefined,
    direction: undefined,
    basis: undefined,
    measure: undefined,
    compared: false,
    ref: undefined,
    factIndex: -1,
    subject: undefined,
    topicText: '',
    after,
  };
}

/** What a sentence part may hold, noted while it was cut: a figure needs one of these characters. */
export const Hint = { Digit: 1, Vehicle: 2, Same: 4, Compare: 8 } as const;
/** A set of `Hint` flags. */
export type Hints = number;
