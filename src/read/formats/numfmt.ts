/**
 * The text a spreadsheet shows for a number under its number format (`0.00`, `#,##0`, `0.0%`, `yyyy"年"m"月"d"日"`),
 * by decimal-string arithmetic on the stored figure: 1234.5 under `0.00` shows `1234.50`, never a float artefact.
 */
export function formatNumber(value: number, numFmt: string | undefined): string {
  const sections = splitSections(numFmt ?? 'General');
  const neg = value < 0;
  let section = sections[0] ?? 'General';
  let sign = neg ? '-' : '';
  if (neg && sections.length >= 2) {
    section = sections[1]!;
    sign = '';
  } else if (value === 0 && sections.length >= 3) section = sections[2]!;
  // A spreadsheet keeps 15 significant digits: 0.1+0.2 is shown as 0.3, as Excel shows it.
  const digits = plainDecimal(Number(Math.abs(value).toPrecision(15)));
  // Scientific, fraction and text formats are not what disclosures print figures in: show the figure as General does.
  if (/[0#]\.?[0#]*E[+-]|\?\/|@/i.test(section.replace(/"[^"]*"/g, ''))) return sign + digits;
  const { literal, pattern, percent } = parseSection(section);
  if (pattern === undefined) return /general/i.test(section) || section.trim() === '' ? literal.before + sign + digits : literal.before + literal.after;
  const shown = applyPattern(percent > 0 ? shift(digits, 2 * percent) : digits, pattern);
  // A negative figure that rounds to zero shows no sign.
  if (!/[1-9]/.test(shown)) sign = '';
  return literal.before + sign + shown + literal.after;
}

/** Whether a number format shows a date or time (y, m, d, h, s outside quotes, no digit placeholders). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdhs]/i.test(bare) && !/[0#?]/.test(bare);
}

/** A date as its format shows it (year, month, day, hour, minute, second tokens; literals kept); UTC as exceljs reads it. */
export function formatDate(d: Date, numFmt: string | undefined): string {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  if (!numFmt || !isDateFormat(numFmt)) return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
  let out = '';
  const f = (splitSections(numFmt)[0] ?? '').replace(/\[[^\]]*\]/g, '');
  let lastWasHour = false;
  for (let i = 0; i < f.length; ) {
    const ch = f[i]!;
    if (ch === '"') {
      const j = f.indexOf('"', i + 1);
      out += f.slice(i + 1, j < 0 ? f.length : j);
      i = j < 0 ? f.length : j + 1;
      continue;
    }
    if (ch === '\\') {
      out += f[i + 1] ?? '';
      i += 2;
      continue;
    }
    const run = /^(y+|m+|d+|h+|s+)/i.exec(f.slice(i))?.[0];
    if (!run) {
      if (ch !== '_' && ch !== '*') out += ch;
      i += ch === '_' || ch === '*' ? 2 : 1;
      continue;
    }
    const k = run[0]!.toLowerCase();
    const n = run.length;
    if (k === 'y') out += n <= 2 ? pad(d.getUTCFullYear() % 100, 2) : String(d.getUTCFullYear());
    else if (k === 'm') {
      const minute = lastWasHour || /^[^a-z]*s/i.test(f.slice(i + n));
      const v = minute ? d.getUTCMinutes() : d.getUTCMonth() + 1;
      out += n >= 2 ? pad(v, 2) : String(v);
    } else if (k === 'd') out += n >= 2 ? pad(d.getUTCDate(), 2) : String(d.getUTCDate());
    else if (k === 'h') out += n >= 2 ? pad(d.getUTCHours(), 2) : String(d.getUTCHours());
    else out += n >= 2 ? pad(d.getUTCSeconds(), 2) : String(d.getUTCSeconds());
    lastWasHour = k === 'h';
    i += n;
  }
  return out;
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (fmt[++i] ?? '');
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

// Split a section into the literal text around its digit pattern; `[$¥-804]` gives its symbol, colours and `_x` padding nothing.
function parseSection(section: string): { literal: { before: string; after: string }; pattern?: string; percent: number } {
  let before = '';
  let after = '';
  let pattern = '';
  let percent = 0;
  const lit = (s: string): void => {
    if (pattern) after += s;
    else before += s;
  };
  for (let i = 0; i < section.length; ) {
    const ch = section[i]!;
    if (ch === '"') {
      const j = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, j < 0 ? section.length : j));
      i = j < 0 ? section.length : j + 1;
    } else if (ch === '\\') {
      lit(section[i + 1] ?? '');
      i += 2;
    } else if (ch === '[') {
      const j = section.indexOf(']', i);
      const inner = section.slice(i + 1, j < 0 ? section.length : j);
      if (inner.startsWith('$')) lit(inner.slice(1).split('-')[0] ?? '');
      i = j < 0 ? section.length : j + 1;
    } else if (ch === '_' || ch === '*') i += 2;
    else if ('0#?.,'.includes(ch) && !after) {
      pattern += ch;
      i++;
    } else if (ch === '%') {
      percent++;
      lit('%');
      i++;
    } else if (/^general/i.test(section.slice(i))) {
      return { literal: { before, after }, percent };
    } else {
      lit(ch);
      i++;
    }
  }
  return pattern ? { literal: { before, after }, pattern, percent } : { literal: { before, after }, percent };
}

function applyPattern(digits: string, pattern: string): string {
  const dot = pattern.indexOf('.');
  const intPat = dot < 0 ? pattern : pattern.slice(0, dot);
  const fracPat = dot < 0 ? '' : pattern.slice(dot + 1).replace(/,/g, '');
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const maxFrac = (fracPat.match(/[0#?]/g) ?? []).length;
  let [int = '0', frac = ''] = roundHalfUp(digits, maxFrac).split('.');
  frac = frac.replace(/0+$/, '');
  if (frac.length < minFrac) frac = frac.padEnd(minFrac, '0');
  const minInt = (intPat.match(/0/g) ?? []).length;
  int = int.replace(/^0+/, '');
  if (int.length < minInt) int = int.padStart(minInt, '0');
  if (intPat.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${int}.${frac}` : int;
}

/** The shortest decimal text of a double, without exponent notation. */
function plainDecimal(v: number): string {
  const s = String(v);
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!m) return s;
  const digits = (m[1] ?? '') + (m[2] ?? '');
  const point = (m[1] ?? '').length + Number(m[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function shift(digits: string, places: number): string {
  const [i = '0', f = ''] = digits.split('.');
  const all = i + f.padEnd(places, '0');
  const point = i.length + places;
  return `${all.slice(0, point)}.${all.slice(point)}`.replace(/^0+(?=\d)/, '').replace(/\.$/, '');
}

// Half away from zero on the decimal digits, as a spreadsheet shows a figure (digits are non-negative here).
function roundHalfUp(digits: string, places: number): string {
  const [i = '0', f = ''] = digits.split('.');
  if (f.length <= places) return f ? `${i}.${f}` : i;
  const keep = i + f.slice(0, places);
  const up = (f[places] ?? '0') >= '5';
  const s = (BigInt(keep) + (up ? 1n : 0n)).toString().padStart(keep.length, '0');
  const intLen = s.length - places;
  return places > 0 ? `${s.slice(0, intLen)}.${s.slice(intLen)}` : s;
}
