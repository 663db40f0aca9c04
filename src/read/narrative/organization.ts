// 机构设置 / 单位构成: a numbered list of budget units ("- 1 阳泉市应急管理局（机关）"), a 序号/单位名称
// table whose rows wrap around their number (Word tables through pdftotext), numbered prose items
// ("1. 商务委本部，…"), or plain prose that is kept as text.
import type { OrgUnit, Position } from '../../model/index.js';
import { posOf, type ReadContext } from '../context.js';
import type { Block } from './blocks.js';
import type { BuiltSection } from './sections.js';
import { spanPos } from './mapped.js';
import { plainText, type ProseLine } from './prose.js';

/** What 机构设置 lists. */
export interface Organization {
  units: OrgUnit[];
  text?: string;
}

const ORG_TITLE = /机构设置|单位构成|机构情况|组织机构/;
const INDEXED = /^(?:[-•]\s*)?(\d{1,3})(?:[.、．]\s*|\s+)(\S.*)$/;
const NAME_END = /[，,。；;：:]/;
const LISTED = /(?:所属|下属)[^，。；]{0,10}?单位\d*个?[，,]?(?:分别为|分别是|具体包括|包括)[:：]([^。；]+)/;

interface Pending {
  index?: number;
  name: string;
  lines: ProseLine[];
}

/** Read the organisation from the sections titled 机构设置 (or 单位构成). */
export function readOrganization(sections: readonly BuiltSection[], ctx: ReadContext): Organization {
  const units: OrgUnit[] = [];
  const texts: string[] = [];
  for (const s of sections) {
    if (!ORG_TITLE.test(s.section.title)) continue;
    const r = readSection(s.blocks, ctx);
    units.push(...r.units);
    texts.push(...r.texts);
  }
  const out: Organization = { units };
  if (texts.length > 0) out.text = texts.join('\n');
  return out;
}

function readSection(blocks: readonly Block[], ctx: ReadContext): { units: OrgUnit[]; texts: string[] } {
  const units: OrgUnit[] = [];
  const texts: string[] = [];
  let table = false;
  let cur: Pending | undefined;
  let prevNo = -1;
  const flush = (): void => {
    if (cur && cur.name !== '' && cur.index !== undefined) units.push(toUnit(cur, ctx));
    cur = undefined;
  };
  /** Take one line into the list; false when it is not part of one. */
  const take = (pl: ProseLine, p: string, kind: Block['kind']): boolean => {
    if (/^序号/.test(p)) {
      flush();
      table = true;
      prevNo = pl.line.no;
      return true;
    }
    const m = INDEXED.exec(p);
    if (m && (table || kind === 'para')) {
      const rest = (m[2] ?? '').trim();
      const head = rest.split(NAME_END)[0] ?? '';
      if (head.length >= 2 && head.length <= 40 && !/^\d/.test(head)) {
        flush();
        cur = { index: Number(m[1]), name: table ? rest.replace(/\s+/g, '') : head, lines: [pl] };
        prevNo = pl.line.no;
        if (!table) flush();
        return true;
      }
    }
    if (!table) return false;
    // A row's cells wrap around its number: name above, number, name continued below.
    if (pl.line.no - prevNo > 1) flush();
    cur ??= { name: '', lines: [] };
    if (/^\d{1,3}$/.test(p)) cur.index ??= Number(p);
    else cur.name += p.replace(/\s+/g, '');
    cur.lines.push(pl);
    prevNo = pl.line.no;
    return true;
  };
  outer: for (const block of blocks) {
    const prose: string[] = [];
    let listed = false;
    for (const pl of block.lines) {
      const plain = plainText(pl);
      if (/表$/.test(plain) || /单位[：:]\s*(万元|元)/.test(plain)) break outer;
      if (take(pl, plain, block.kind)) listed = true;
      // A table after the list: the section's own content is over (the next part's tables follow).
      else if (block.kind === 'skip' && units.length > 0) break outer;
      // Prose beside a list ("决算部门：阳泉市应急管理局" above "序号 所属单位名称").
      else prose.push(pl.mapped.text);
    }
    if (block.kind !== 'para') continue;
    if (!listed) {
      texts.push(block.mapped.text);
      units.push(...listedInProse(block, ctx));
    } else if (prose.length > 0) texts.push(prose.join(''));
  }
  flush();
  return { units, texts };
}

// What a list prints beside a unit's name about its kind: （机关）, （本级）, （下属参公事业单位）. Other
// brackets belong to the name (人事处（机关党委）).
const NOTE = /[（(]((?:部门|单位)?本级|机关|参公|(?:下属|所属|二级)?(?:参公|参照公务员法管理的?)?(?:行政|全额拨款事业|差额拨款事业|自收自支事业|事业)?单位)[）)]$/;

function toUnit(p: Pending, ctx: ReadContext): OrgUnit {
  const note = NOTE.exec(p.name);
  const name = note ? p.name.slice(0, note.index) : p.name;
  const first = p.lines[0];
  const last = p.lines[p.lines.length - 1];
  let pos: Position = first ? posOf(ctx, first.line) : { file: ctx.file, line: 1 };
  if (first && last && last.line.no !== first.line.no) pos = { ...pos, endLine: last.line.no };
  else if (first) {
    const at = first.line.raw.indexOf(name);
    if (at >= 0) pos = { ...pos, column: { start: at, end: at + name.length } };
  }
  const unit: OrgUnit = { name, pos };
  if (p.index !== undefined) unit.index = p.index;
  if (note?.[1]) unit.note = note[1];
  return unit;
}

/** Units named in a sentence: "所属事业单位4个，分别为：A、B、C、D。" */
function listedInProse(block: Extract<Block, { kind: 'para' }>, ctx: ReadContext): OrgUnit[] {
  const m = LISTED.exec(block.mapped.text);
  if (!m) return [];
  const list = m[1] ?? '';
  const listStart = m.index + m[0].length - list.length;
  const out: OrgUnit[] = [];
  let at = listStart;
  list.split('、').forEach((name) => {
    const clean = name.replace(/等$/, '').trim();
    const pos = spanPos(ctx, block.mapped, at, at + clean.length);
    // Listed in a sentence, the units carry no printed number.
    if (clean !== '' && pos) out.push({ name: clean, pos });
    at += name.length + 1;
  });
  return out;
}
