// Character classes tested one UTF-16 code unit at a time, so that lines are scanned without slicing or
// running patterns over them.

/** Whether a UTF-16 code unit is whitespace as JS `\s` (and `trim`) define it. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  if (c > 0x3000) return c === 0xfeff;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Whether a line is only whitespace (what trims to nothing). */
export function isBlankLine(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (!isSpaceCode(raw.charCodeAt(i))) return false;
  return true;
}

// Ordinary CJK text is settled by the first two comparisons.
/** Whether normalizeText would change this code unit (its NEEDS_WORK class). */
export function needsNormalizing(c: number): boolean {
  if (c < 0x2e80) return c === 0xa0;
  if (c <= 0x2fdf) return true;
  if (c < 0xff0e) return c === 0x3000;
  return c === 0xff0e || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** Printable ASCII, CJK and most full-width punctuation: neither whitespace nor changed by normalizeText. */
export function isPlain(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xff0e && c !== 0xfeff);
}
