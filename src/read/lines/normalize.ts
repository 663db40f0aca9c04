// Text from PDF extraction carries Kangxi radicals (⼀ U+2F00) and compatibility forms in place of
// ordinary ideographs and digits; NFKC maps them, but full-width punctuation that the documents use
// as content (（）：，“”) must survive, so only the ranges that mislead are mapped.

const RADICAL_RANGES: [number, number][] = [
  [0x2f00, 0x2fdf],
  [0x2e80, 0x2eff],
];

const NEEDS_WORK = /[\u2e80-\u2eff\u2f00-\u2fdf\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\u3000\u00a0]/;

/** Whether text holds characters that `normalizeText` would change. */
export function needsNormalizing(s: string): boolean {
  return NEEDS_WORK.test(s);
}

/** Map Kangxi radicals to unified ideographs and full-width digits/letters/space to ASCII. */
export function normalizeText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (RADICAL_RANGES.some(([a, b]) => cp >= a && cp <= b)) out += ch.normalize('NFKC');
    else if ((cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a))
      out += String.fromCodePoint(cp - 0xfee0);
    else if (cp === 0xff0e) out += '.';
    else if (cp === 0x3000 || cp === 0xa0) out += ' ';
    else out += ch;
  }
  return out;
}
