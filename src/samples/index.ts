// Synthetic Shanxi-template budget disclosures written by gongkai itself: numbers drawn from a seed, every table,
// sentence and form derived from them, and optional seeded mistakes recorded with the line they were written on.

import { type BudgetData, type BudgetOptions, makeBudget } from './budget.js';
import { writeContents } from './contents.js';
import { writeDepartmentForm } from './department.js';
import { writeForms } from './forms.js';
import { writeNarrativeHead, writeNarrativeTail } from './narrative.js';
import { writeTables } from './tables.js';
import { type SeededMistake, Writer } from './writer.js';

export type { BudgetData, BudgetOptions, Mistake } from './budget.js';
export type { SeededMistake } from './writer.js';

/** A generated package: its text (tab-separated, as gongkai's text reader reads it), its numbers and its mistakes. */
export interface Sample {
  text: string;
  data: BudgetData;
  seeded: SeededMistake[];
}

/** Write one budget package. Deterministic in `opts`. */
export function generateBudget(opts: BudgetOptions): Sample {
  const d = makeBudget(opts);
  const w = new Writer();
  w.para(d.bodyName, `${opts.year}年度部门预算公开`);
  writeContents(w, d);
  w.para('第一部分 概况', '一、本部门职责', d.sector.duties.map((s, i) => `${i + 1}、${s}`).join(''), '二、机构设置情况');
  w.para(`${d.bodyName}属${d.level === 'county' ? '县' : '市'}政府工作部门，纳入本部门预算编制范围的单位共${d.units.length}个：`);
  d.units.forEach((u, i) => w.row(`- ${i + 1} ${u.name}${i === 0 ? '（机关）' : ''}`));
  w.blank();
  writeTables(w, d);
  writeNarrativeHead(w, d);
  writeDepartmentForm(w, d);
  writeForms(w, d);
  writeNarrativeTail(w, d);
  return { text: w.text(), data: d, seeded: w.seeded };
}
