// What a single layout line looks like, judged from its tokens alone. normalizeText never produces 单, 元,
// 注, 说明 or sentence punctuation, so a line without them in its raw text is settled before chunking.
import { isSpaceCode } from './chars.js';
import { chunks, type Token } from './tokens.js';

const UNIT_CHUNK_RE = /^(?:金额)?单位\s*[:：]\s*(?:人民币)?(?:亿元|万元|千元|元)$/;
const META_CHUNK_RE = /^(?:编制部门|编制单位|部门名称|单位名称|预算单位|主管部门|填报单位)\s*[:：]|^(?:公开|预算公开表|部门公开表)\s*\d{1,2}\s*表$|^\d{4}\s*年度?$/;
// Leading whitespace is skipped in the pattern rather than trimmed off (\s is the set trim removes).
const NOTE_RE = /^\s*(?:注|说明|备注)\s*\d*\s*[:：、.．]/;
const SENTENCE_RE = /[，。；]/;

const compact = (s: string): string => s.replace(/\s+/g, '');

/** Whether the line carries the table's unit as a chunk of its own (单位：元, 金额单位：万元, 单位:万元). */
export function isUnitLine(raw: string): boolean {
  if (!raw.includes('单') || !raw.includes('元')) return false;
  return chunks(raw).some((c) => UNIT_CHUNK_RE.test(compact(c.text)));
}

/** Whether the line is table metadata (编制部门：…, 公开01表, 2024年度) rather than a title. */
export function isMetaLine(raw: string): boolean {
  const cs = chunks(raw);
  return cs.length > 0 && cs.every((c) => META_CHUNK_RE.test(compact(c.text)) || UNIT_CHUNK_RE.test(compact(c.text)));
}

/** Whether the line is a note under a table (注：…, 说明：…). */
export function isNoteLine(raw: string): boolean {
  // Only a line whose first printed character is 注, 说 or 备 can match.
  let i = 0;
  while (i < raw.length && isSpaceCode(raw.charCodeAt(i))) i++;
  const first = raw[i];
  return (first === '注' || first === '说' || first === '备') && NOTE_RE.test(raw);
}

/** Whether the line reads as running prose: one long chunk with sentence punctuation. */
export function isProseLine(raw: string): boolean {
  if (!SENTENCE_RE.test(raw)) return false;
  const cs = chunks(raw);
  const only = cs[0];
  return cs.length === 1 && only !== undefined && only.text.length >= 24 && SENTENCE_RE.test(only.text);
}

/** Whether the tokens hold a printed amount. */
export function hasAmount(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'amount');
}

/** Whether the tokens make a table body line: an amount, or a classification code followed by a name. */
export function isBodyLine(tokens: readonly Token[]): boolean {
  if (hasAmount(tokens)) return true;
  const first = tokens[0];
  return first !== undefined && first.kind === 'int' && first.text.length >= 3 && tokens.length >= 2;
}
