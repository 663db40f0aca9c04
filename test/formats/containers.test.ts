// Acceptance 4 of issue 6: the same disclosure laid out as a web page, a workbook and a Word file reads to the same
// model as its tab-separated text, and every position in it says where in the container it sits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../src/model/document.js';
import { readFile } from '../../src/read/document.js';
import { corpusText } from '../corpus.js';
import { encodeGb18030, encodeUtf16le, textToDocx, textToHtml, textToXlsx } from './make.js';

const YQ26 = 'yangquan-emergency-2026-budget.txt';
const SX26 = 'shanxi-emergency-2026-budget.txt';
const YQ24 = 'yangquan-emergency-2024-final-accounts.txt';
const JZ22 = 'jinzhong-emergency-2022-performance-targets.txt';

/** The model without positions (line numbers differ between containers) and without its source record. */
function content(d: Document): unknown {
  return JSON.parse(JSON.stringify(d, (k, v: unknown) => (k === 'pos' || k === 'source' ? undefined : v)));
}

/** Every position in the model, wherever it sits. */
function positions(d: Document): { ref?: string; line: number }[] {
  const out: { ref?: string; line: number }[] = [];
  JSON.stringify(d, (k, v: unknown) => {
    if (k === 'pos' && v && typeof v === 'object') out.push(v as { ref?: string; line: number });
    return v;
  });
  return out;
}

async function read(bytes: Uint8Array, file: string): Promise<Document> {
  const r = await readFile(bytes, file);
  if (!r.ok) assert.fail(`${file}: ${r.error.code} ${r.error.message}`);
  return r.document;
}

const textModels = new Map<string, Promise<Document>>();
function textModel(name: string): Promise<Document> {
  let m = textModels.get(name);
  if (!m) textModels.set(name, (m = read(new TextEncoder().encode(corpusText(name)), name)));
  return m;
}

const MAKERS = {
  html: (t: string) => Promise.resolve(new TextEncoder().encode(textToHtml(t))),
  xlsx: (t: string) => textToXlsx(t),
  docx: (t: string) => textToDocx(t),
} as const;

const REF = { html: /^(paragraph \d+|table \d+ row \d+( col \d+)?)$/, xlsx: /^第\d+部分!([A-Z]+\d+)$/, docx: /^(paragraph \d+|table \d+ row \d+( col \d+)?)$/ };

for (const name of [YQ26, SX26, YQ24, JZ22]) {
  for (const format of ['html', 'xlsx', 'docx'] as const) {
    test(`${name} as ${format} reads to the model of its text`, async () => {
      const text = await textModel(name);
      const doc = await read(await MAKERS[format](corpusText(name)), `${name}.${format}`);
      assert.equal(doc.source.container, format);
      assert.ok(text.tables.length + text.forms.projects.length >= 10, 'the text reads to tables or forms');
      assert.deepEqual(content(doc), content(text));
      const all = positions(doc);
      assert.ok(all.length > 1000, `${all.length} positions`);
      const bad = all.filter((p) => !p.ref || !REF[format].test(p.ref));
      assert.deepEqual(bad.slice(0, 5), [], `${bad.length} positions without a ${format} ref`);
    });
  }
}

test('a workbook cell keeps its sheet reference and the figure it shows', async () => {
  const doc = await read(await textToXlsx(corpusText(YQ26)), 'yq26.xlsx');
  // yangquan-emergency-2026-budget.txt line 186: 2240150⇥事业运行⇥1922.18⇥1922.18⇥ in 2026年预算支出总表
  const t = doc.tables.find((x) => x.kind === 'budget-expenditure');
  const r = t?.rows.find((x) => x.code === '2240150');
  assert.equal(r?.name, '事业运行');
  assert.equal(r?.cells['basic']?.amount?.value, '1922.18');
  // 400 rows a sheet, one blank line between sheets dropped: line 186 is row 186 of the first sheet, column C.
  assert.equal(r?.cells['total']?.pos.ref, '第1部分!C186');
});

test('a form figure printed with thousands separators survives the workbook as the same text', async () => {
  const doc = await read(await textToXlsx(corpusText(SX26)), 'sx26.xlsx');
  // shanxi-emergency-2026-budget.txt line 630: 项目资金(元)⇥实施期资金总额:⇥75,817,700⇥年度资金总额:⇥65,000,000
  const f = doc.forms.projects.find((p) => p.projectName === '安全生产和应急管理专项资金');
  assert.equal(f?.funding?.period?.total?.raw, '75,817,700');
  assert.equal(f?.funding?.period?.total?.value, '75817700');
});

test('a Word table cell and a web-page cell name their table, row and column', async () => {
  // yangquan-emergency-2024-final-accounts.txt line 158: 合计⇥⇥6061.09⇥6061.09 (收入决算表, 公开02表)
  for (const format of ['html', 'docx'] as const) {
    const doc = await read(await MAKERS[format](corpusText(YQ24)), `yq24.${format}`);
    const t = doc.tables.find((x) => x.kind === 'final-revenue');
    const r = t?.rows.find((x) => x.role === 'grand-total');
    assert.equal(r?.cells['total']?.amount?.value, '6061.09', format);
    assert.match(r?.cells['total']?.pos.ref ?? '', /^table \d+ row \d+ col 3$/, format);
  }
});

test('GB18030 and UTF-16LE (with and without a BOM) texts read to the model of the UTF-8 text', async () => {
  const text = corpusText(YQ24);
  const utf8 = await textModel(YQ24);
  const cases: [string, Uint8Array][] = [
    ['gb18030', encodeGb18030(text)],
    ['utf-16le', encodeUtf16le(text, true)],
    ['utf-16le', encodeUtf16le(text, false)],
  ];
  for (const [encoding, bytes] of cases) {
    const doc = await read(bytes, YQ24);
    assert.equal(doc.source.encoding, encoding);
    assert.equal(doc.source.container, 'text');
    assert.deepEqual(content(doc), content(utf8), encoding);
  }
});

test('a web page in GB2312 says so in its meta and reads as GB18030 to the same model', async () => {
  const text = corpusText(YQ24);
  const doc = await read(encodeGb18030(textToHtml(text, 'gb2312')), 'yq24.html');
  assert.equal(doc.source.encoding, 'gb18030');
  assert.deepEqual(content(doc), content(await textModel(YQ24)));
});
