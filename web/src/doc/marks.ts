import type { Finding } from '../api';

/** Findings by the anchor of the place they concern (their location or a related part). */
export type Marks = Map<string, Finding[]>;

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The class of a marked place: its worst severity; nothing when unmarked. */
export function markClass(fs: readonly Finding[] | undefined): string {
  if (!fs?.length) return '';
  const worst = fs.reduce<Finding['severity']>((w, f) => (ORDER[f.severity] < ORDER[w] ? f.severity : w), 'info');
  return `marked mark-${worst}`;
}
