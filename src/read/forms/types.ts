// Types shared by the form readers.

/** Kinds of performance form. */
export type FormKind = 'project' | 'department-target' | 'self-evaluation';

/** A form's line range in the document's line array: [start, end). */
export interface FormBlock {
  kind: FormKind;
  start: number;
  end: number;
}
