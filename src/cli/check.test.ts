import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkDocument } from '../check/index.js';
import { FindingSchema } from '../model/index.js';
import { readDocument } from '../read/index.js';
import { corpusPath } from '../../test/corpus.js';
import { run, runIn } from './testkit.js';
import { EXIT } from './main.js';

const YQ = corpusPath('yangquan-emergency-2026-budget.txt');
const FINAL = corpusPath('yangquan-emergency-2024-final-accounts.txt');
const tmp = (): string => mkdtempSync(join(tmpdir(), 'gongkai-'));

// What the library finds in a file, by severity: the CLI must report these counts (rules are tested on their own).
function countsOf(file: string): Record<'error' | 'warning' | 'info', number> {
  const r = readDocument(readFileSync(file), file);
  assert.ok(r.ok);
  const fs = checkDocument(r.document);
  return { error: fs.filter((f) => f.severity === 'error').length, warning: fs.filter((f) => f.severity === 'warning').length, info: fs.filter((f) => f.severity === 'info').length };
}
const YQ_COUNTS = countsOf(YQ);
const FINAL_COUNTS = countsOf(FINAL);

// A bare 表三 row whose 合计 10.50 is not 7.00 + 3.00: one row-total error (the name carries CSV and HTML specials).
function badFile(dir: string): string {
  const f = join(dir, 'bad.txt');
  writeFileSync(f, ['2026年预算支出总表', '单位：万元', '科目编码\t科目名称\t合计\t基本支出\t项目支出', '2240101\t<p>行政,"运行"</p>\t10.50\t7.00\t3.00'].join('\n'));
  return f;
}

test('check: exit 0 when only rounding stands; the report groups by category and lists 尾差 compactly', async () => {
  const r = await run('check', FINAL);
  assert.equal(r.code, EXIT.ok);
  assert.match(r.out, /^阳泉市应急管理局 · 2024 · 部门决算 {2}\(.*yangquan-emergency-2024-final-accounts\.txt\)$/m);
  assert.match(r.out, /^ {2}表内运算\n {4}尾差 \d+ 处（提示）：$/m);
  // 20805: 33.82 + 147.57 + 302.95 + 186.11 = 670.45 printed 670.44 (line 163), in the 合计 column of 收入决算表
  assert.match(r.out, /^ {6}163:\d+ {2}收入决算表 · 20805 行政事业单位养老支出 · \S*合计\S* {2}应为 670\.45，实为 670\.44（差 0\.01）$/m);
  assert.match(r.out, new RegExp(`^ {2}合计：错误 0，警告 ${FINAL_COUNTS.warning}，提示 ${FINAL_COUNTS.info}（其中尾差 \\d+）$`, 'm'));
});

test('check: exit 1 on an error, with file:line:col, the table, row, column label and both values', async () => {
  const r = await run('check', YQ);
  assert.equal(r.code, EXIT.findings);
  // Form 国土空间专项规划经费, line 618: 年度资金总额 292000 元; table 12 line 411: 30.00 万元 = 300000 元.
  assert.match(r.out, /^ {2}绩效目标表\n {4}\S*yangquan-emergency-2026-budget\.txt:618:34 {2}错误 {2}\S+ {2}国土空间专项规划经费 · 金额不一致 {2}应为 300000 元，实为 292000 元（差 8000 元） {2}\[form-matches-project-table\]$/m);
  const bad = await run('check', badFile(tmp()));
  assert.equal(bad.code, EXIT.findings);
  assert.match(bad.out, /bad\.txt:4:\d+ {2}错误 {2}行合计等于各栏之和 {2}2026年预算支出总表 · 2240101 <p>行政,"运行"<\/p> · 合计 {2}应为 10\.00，实为 10\.50/);
});

test('check --errors lists errors only but counts everything', async () => {
  const r = await run('check', YQ, '--errors');
  assert.equal(r.code, EXIT.findings);
  assert.doesNotMatch(r.out, /警告 {2}|尾差 \d+ 处/);
  assert.match(r.out, /618:34 {2}错误/);
  assert.match(r.out, new RegExp(`合计：错误 1，警告 ${YQ_COUNTS.warning}，提示 ${YQ_COUNTS.info}`));
});

test('check of several documents ends with a summary table', async () => {
  const r = await run('check', YQ, FINAL);
  assert.equal(r.code, EXIT.findings);
  const [y, f] = [YQ_COUNTS, FINAL_COUNTS];
  assert.match(
    r.out,
    new RegExp(`\\n文件 +错误 +警告 +提示\\n\\S*yangquan-emergency-2026-budget\\.txt +1 +${y.warning} +${y.info}\\n\\S*yangquan-emergency-2024-final-accounts\\.txt +0 +${f.warning} +${f.info}\\n合计 +1 +${y.warning + f.warning} +${y.info + f.info}\\n$`),
  );
});

test('check --json is an array of documents with counts, also for one file; findings are data', async () => {
  const r = await run('check', YQ, '--json');
  assert.equal(r.code, EXIT.findings);
  const docs = JSON.parse(r.out) as { file: string; body: { name: string }; year: number; kind: string; template: string; counts: Record<string, number>; findings: unknown[] }[];
  assert.equal(docs.length, 1);
  const [d] = docs;
  assert.deepEqual([d?.file, d?.body.name, d?.year, d?.kind, d?.template], [YQ, '阳泉市应急管理局', 2026, 'budget', 'shanxi-budget']);
  assert.equal(d?.counts['error'], 1);
  assert.equal(d?.counts['warning'], YQ_COUNTS.warning);
  const findings = (d?.findings ?? []).map((f) => FindingSchema.parse(f));
  assert.equal(findings.length, (d?.counts['error'] ?? 0) + (d?.counts['warning'] ?? 0) + (d?.counts['info'] ?? 0));
  const bad = JSON.parse((await run('check', badFile(tmp()), '--json', '--errors')).out) as { findings: { rule: string; severity: string; expected: string; actual: string }[] }[];
  const sums = bad[0]?.findings.filter((f) => f.rule === 'row-total-equals-parts');
  assert.deepEqual(sums?.map((f) => [f.severity, f.expected, f.actual]), [['error', '10.00', '10.50']]);
  assert.ok(bad[0]?.findings.every((f) => f.severity === 'error'));
});

/** Fields of one CSV record line (RFC 4180, no embedded line breaks in these tests). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) v += line[i] === '"' ? (i++, '"') : line[i], i++;
      out.push(v);
      i += 2;
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

test('check --csv: BOM, CRLF, one line per finding, commas and quotes quoted', async () => {
  const dir = tmp();
  const r = await run('check', badFile(dir), '--csv');
  assert.equal(r.code, EXIT.findings);
  assert.ok(r.out.startsWith('\uFEFFfile,rule,category,severity,line,column,page,table,row,column_label,expected,actual,message\r\n'));
  const lines = r.out.slice(1).trimEnd().split('\r\n');
  const sum = lines.find((l) => l.includes(',row-total-equals-parts,'));
  assert.ok(sum);
  assert.match(sum, /,"2240101 <p>行政,""运行""<\/p>",/);
  const f = parseCsvLine(sum);
  assert.equal(f.length, 13);
  assert.deepEqual(f.slice(0, 5), [join(dir, 'bad.txt'), 'row-total-equals-parts', 'arithmetic', 'error', '4']);
  assert.deepEqual(f.slice(7, 12), ['2026年预算支出总表', '2240101 <p>行政,"运行"</p>', '合计', '10.00', '10.50']);
  assert.match(f[12] ?? '', /应为 10\.00，实为 10\.50/);
});

test('check --html writes one standalone, escaped report atomically and marks the cells concerned', async () => {
  const dir = tmp();
  const out = join(dir, 'report.html');
  const r = await run('check', YQ, badFile(dir), '--html', out);
  assert.equal(r.code, EXIT.findings);
  assert.deepEqual(readdirSync(dir).sort(), ['bad.txt', 'report.html']);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /^<!DOCTYPE html>/);
  assert.doesNotMatch(html, /<script|<p>行政/);
  assert.match(html, /&#60;p&#62;行政,&#34;运行&#34;&#60;\/p&#62;/);
  // Table 12 line 411 prints 国土空间专项规划经费 30.00 (万元); its form (line 618) says 292000 元.
  assert.match(html, /<td id="d0-411-11" class="num r-error" title="[^"]*应为 300000 元，实为 292000 元[^"]*">30\.00<\/td>/);
  assert.match(html, /<a href="#d0-618-33">618:34<\/a> <b>错误<\/b>/);
  assert.equal((await run('check', YQ, '--html', join(dir, 'no-such-dir', 'r.html'))).code, EXIT.unreadable);
  // --errors lists errors only; the counts stay those of all findings.
  assert.equal((await run('check', YQ, '--errors', '--html', out)).code, EXIT.findings);
  const errorsOnly = readFileSync(out, 'utf8');
  assert.equal(errorsOnly.match(/<li class="/g)?.length, 1);
  assert.match(errorsOnly, new RegExp(`<span>错误 1</span><span>警告 ${YQ_COUNTS.warning}</span>`));
});

test('check DIR walks .txt and .md, notes the other files, skips unreadable walked files', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'a.txt'), readFileSync(FINAL));
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, 'empty.md'), '');
  const r = await run('check', dir);
  assert.equal(r.code, EXIT.ok);
  assert.match(r.out, /阳泉市应急管理局 · 2024 · 部门决算 {2}\(.*sub\/a\.txt\)/);
  assert.match(r.err, /^gongkai: skipped .*empty\.md: .+$/m);
  assert.match(r.err, /^gongkai: skipped .*notes\.pdf \(gongkai reads [^)]*\.docx [^)]*\.txt \.md\)$/m);
  const none = tmp();
  assert.equal((await run('check', none)).code, EXIT.unreadable);
});

test('progress on a terminal for several files only; nothing when stderr is not a terminal', async () => {
  const cwd = tmp();
  const tty = await runIn(cwd, true, 'check', YQ, FINAL, '--json');
  assert.match(tty.err, /\r\x1b\[K\[[#.]{20}\] 1\/2 /);
  assert.ok(tty.err.endsWith('\r\x1b[K'));
  assert.equal((await runIn(cwd, false, 'check', YQ, FINAL, '--json')).err, '');
  assert.equal((await runIn(cwd, true, 'check', YQ, '--json')).err, '');
});

test('config: gongkai.config.json switches rules off or re-grades them; bad configs are usage errors naming the key', async () => {
  const cwd = tmp();
  writeFileSync(join(cwd, 'gongkai.config.json'), JSON.stringify({ rules: { 'form-matches-project-table': 'off' } }));
  const off = await runIn(cwd, false, 'check', YQ, '--json');
  assert.equal(off.code, EXIT.ok);
  const [doc] = JSON.parse(off.out) as { findings: { rule: string }[] }[];
  assert.ok(doc?.findings.every((f) => f.rule !== 'form-matches-project-table'));

  const regrade = join(tmp(), 'mine.json');
  writeFileSync(regrade, JSON.stringify({ rules: { 'form-matches-project-table': 'warning', 'classification-sums': 'error' } }));
  const r = await run('check', YQ, '--json', '--config', regrade);
  assert.equal(r.code, EXIT.ok);
  const [d] = JSON.parse(r.out) as { counts: Record<string, number>; findings: { rule: string; severity: string; params: Record<string, string> }[] }[];
  assert.equal(d?.counts['warning'], YQ_COUNTS.warning + 1);
  // Rounding infos of classification-sums stay info when the rule is re-graded.
  assert.ok(d?.findings.filter((f) => f.rule === 'classification-sums').every((f) => f.severity === 'info' && f.params['rounding'] === 'true'));

  for (const [content, message] of [
    [{ rules: { 'no-such-rule': 'off' } }, /rules\.no-such-rule: unknown rule id/],
    [{ rules: { 'row-total-equals-parts': 'fatal' } }, /rules\.row-total-equals-parts: must be one of off, error, warning, info/],
    ['{ not json', /not valid JSON/],
  ] as const) {
    const f = join(tmp(), 'c.json');
    writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
    const bad = await run('check', YQ, '--config', f);
    assert.equal(bad.code, EXIT.usage);
    assert.match(bad.err, message);
    assert.match(bad.err, /^gongkai: [^\n]+\n$/);
  }
  const missing = await run('check', YQ, '--config', join(cwd, 'nope.json'));
  assert.equal(missing.code, EXIT.usage);
  assert.match(missing.err, /nope\.json: no such file/);
  assert.ok(existsSync(join(cwd, 'gongkai.config.json')));
});
