import type { Finding } from '../model/index.js';
import type { Rule } from '../check/index.js';
import { CATEGORY_ZH, SEVERITY_ZH, type Checked, byCategory, countFindings, docHeading, isRounding } from '../render/checked.js';
import { type Places, indexPlaces } from '../render/locate.js';
import { wordFinding, wordPosition } from '../render/message.js';

/** One line per finding: where (file:line:col, page), severity, rule title, what it is about, both values, rule id. */
export function findingLine(f: Finding, file: string, rules: ReadonlyMap<string, Rule>, places?: Places): string {
  const w = wordFinding(f, rules, places);
  return [wordPosition(f.location, file), SEVERITY_ZH[f.severity], w.title, w.subject, w.values, `[${f.rule}]`].filter(Boolean).join('  ');
}

// An information listed compactly under its category: line:col, what, the values (the file is the document's).
function compactLine(f: Finding, rules: ReadonlyMap<string, Rule>, places: Places): string {
  const w = wordFinding(f, rules, places);
  const at = `${f.location.line}${f.location.column ? `:${f.location.column.start + 1}` : ''}`;
  return [at, w.subject, w.values].filter(Boolean).join('  ');
}

/** Summary of a document's findings in one line. */
export function summaryLine(findings: readonly Finding[]): string {
  const c = countFindings(findings);
  const rounding = findings.filter(isRounding).length;
  return `合计：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}${rounding ? `（其中尾差 ${rounding}）` : ''}`;
}

/** The readable report of one document: heading, findings grouped by category, 尾差 counted and listed compactly. */
export function documentReport(c: Checked, rules: ReadonlyMap<string, Rule>, errorsOnly = false): string {
  const places = indexPlaces(c.doc);
  const out = [`${docHeading(c.doc)}  (${c.file})`];
  const shown = errorsOnly ? c.findings.filter((f) => f.severity === 'error') : c.findings;
  for (const [cat, fs] of byCategory(shown, (f) => rules.get(f.rule)?.category ?? 'completeness')) {
    out.push(`  ${CATEGORY_ZH[cat]}`);
    for (const f of fs.filter((x) => x.severity !== 'info')) out.push(`    ${findingLine(f, c.file, rules, places)}`);
    // Information is counted and listed compactly so that errors and warnings stay readable.
    const rounding = fs.filter(isRounding);
    const other = fs.filter((x) => x.severity === 'info' && !isRounding(x));
    if (rounding.length) out.push(`    尾差 ${rounding.length} 处（提示）：`, ...rounding.map((f) => `      ${compactLine(f, rules, places)}`));
    if (other.length) out.push(`    其他提示 ${other.length} 处：`, ...other.map((f) => `      ${compactLine(f, rules, places)}`));
  }
  out.push(`  ${summaryLine(c.findings)}`);
  return out.join('\n');
}

// Display width: CJK and full-width characters take two columns in a terminal.
const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const padEnd = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number): string => ' '.repeat(Math.max(0, n - width(s))) + s;

/** The final table of several documents: document, errors, warnings, info, and a total line. */
export function summaryTable(checked: readonly Checked[]): string {
  const rows = checked.map((c) => {
    const n = countFindings(c.findings);
    return [c.file, String(n.error), String(n.warning), String(n.info)];
  });
  const total = countFindings(checked.flatMap((c) => c.findings));
  const all = [['文件', '错误', '警告', '提示'], ...rows, ['合计', String(total.error), String(total.warning), String(total.info)]];
  const w0 = Math.max(...all.map((r) => width(r[0] ?? '')));
  return all.map((r) => [padEnd(r[0] ?? '', w0), ...r.slice(1).map((x) => padStart(x, 6))].join('  ')).join('\n');
}
