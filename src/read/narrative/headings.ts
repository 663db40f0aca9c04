// Numbered headings of the 情况说明 and of Shanghai's centred titles. A numbered line is only a heading
// when what follows the number reads like a title: short, no sentence punctuation, no 类/款/项 path
// (Shanghai numbers one paragraph per 项, and 职责 lists number whole paragraphs).

/** A heading recognised on one line. */
export interface HeadingMatch {
  /** As printed: 第三部分, 一, （一）, 1; empty for unnumbered centred titles. */
  number: string;
  title: string;
  level: number;
}

const CN = '[一二三四五六七八九十]';
const PART = new RegExp(`^第(${CN}+)部分[:：]?(.*)$`);
const L2 = new RegExp(`^(${CN}{1,3})、(.*)$`);
const L3 = new RegExp(`^[（(](${CN}{1,3})[）)](.*)$`);
const L4 = /^(\d{1,2})[、.．](?!\d)(.*)$/;
const SENTENCE = /[，。；,;、！？!?]/;
const PATH_MARK = /[（(][类款项][）)]/;
const CENTRED_END = /(说明|职能|机构设置|名词解释|概况|单位构成|情况)$/;

function hasColon(t: string): boolean {
  return t.includes(':') || t.includes('：');
}

/** Without one trailing colon. */
function uncoloned(t: string): string {
  const c = t.charCodeAt(t.length - 1);
  return c === 0x3a || c === 0xff1a ? t.slice(0, -1) : t;
}

function titleLike(title: string, max: number): boolean {
  const t = uncoloned(title);
  if (t.length > max) return false;
  if (SENTENCE.test(t) || PATH_MARK.test(t)) return false;
  // A colon in the middle introduces a definition or a value, not a title.
  return !hasColon(t);
}

// What a numbered heading or an enumerator starts with (第, a Chinese or ASCII digit, a bracket): a
// cheap test that spares the regexes most lines of prose.
const CN_DIGIT_CODES = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));

/** 第 */
const ORDINAL = 0x7b2c;

function numbered(text: string): boolean {
  const c = text.charCodeAt(0);
  // ASCII digit, 第, （ or (, or a Chinese digit.
  return (c >= 0x30 && c <= 0x39) || c === ORDINAL || c === 0xff08 || c === 0x28 || CN_DIGIT_CODES.has(c);
}

/** The heading on a cleaned line, if it is one. `indent` is the raw line's leading spaces. */
export function matchHeading(text: string, indent: number): HeadingMatch | undefined {
  // Each numbering starts with its own kind of character, so the first one picks the only regex that can match.
  const c = text.charCodeAt(0);
  if (c === ORDINAL) {
    const part = PART.exec(text);
    if (part && (part[2] ?? '').length <= 60) return { number: `第${part[1] ?? ''}部分`, title: clean(part[2] ?? ''), level: 1 };
  } else if (CN_DIGIT_CODES.has(c)) {
    const l2 = L2.exec(text);
    if (l2) return titleLike(l2[2] ?? '', 40) ? { number: l2[1] ?? '', title: clean(l2[2] ?? ''), level: 2 } : undefined;
  } else if (c === 0xff08 || c === 0x28) {
    const l3 = L3.exec(text);
    if (l3) return titleLike(l3[2] ?? '', 40) ? { number: `（${l3[1] ?? ''}）`, title: clean(l3[2] ?? ''), level: 3 } : undefined;
  } else if (c >= 0x30 && c <= 0x39) {
    const l4 = L4.exec(text);
    if (l4) {
      const rest = l4[2] ?? '';
      return rest !== '' && titleLike(rest, 25) ? { number: l4[1] ?? '', title: clean(rest), level: 4 } : undefined;
    }
  }
  return isCentredTitle(text, indent) ? { number: '', title: text, level: 1 } : undefined;
}

/** A centred, unnumbered title of a space-aligned document (上海市普陀区商务委员会主要职能, XXX经费情况说明). */
export function isCentredTitle(text: string, indent: number): boolean {
  return (
    indent >= 6 &&
    text.length >= 2 &&
    text.length <= 40 &&
    !SENTENCE.test(text) &&
    !hasColon(text) &&
    !text.endsWith('表') &&
    CENTRED_END.test(text)
  );
}

const ENUMERATED = new RegExp(`^(第${CN}+部分|${CN}{1,3}、|[（(]${CN}{1,3}[）)]|\\d{1,2}[、.．](?!\\d))`);
const ENUMERATOR = new RegExp(`^(${CN}{1,3}、|[（(]${CN}{1,3}[）)]|\\d{1,2}[、.．](?!\\d))`);

/** Does the line start with an enumerator (一、 （一） 1、 1.) — a new paragraph even without a heading? */
export function startsEnumerated(text: string): boolean {
  return numbered(text) && ENUMERATED.test(text);
}

/** The enumerator at the start of a paragraph, and its length. */
export function enumeratorLength(text: string): number {
  const m = numbered(text) ? ENUMERATOR.exec(text) : null;
  return m ? m[0].length : 0;
}

function clean(title: string): string {
  return uncoloned(title).trim();
}
