import { esc } from '../html-parts.js';
import { LANDSCAPE_EM, PORTRAIT_EM, textEm } from './tables.js';
import type { FormNode, PublishNode, Run, TableNode } from './tree.js';

/** How the HTML is written: page numbers of the TOC targets (from a first print), and the chart renderer when there is one. */
export interface HtmlOptions {
  /** Printed page of each TOC target id; without it the TOC has empty page slots of the same width. */
  pages?: ReadonlyMap<string, number>;
  /** SVG markup of a chart node; charts are left out when no renderer is given. */
  chart?: (id: string) => string | undefined;
}

// WenQuanYi Micro Hei comes first: a CJK font Chromium embeds as TrueType (CID), so printed text stays text. It has no
// bold face, and Chromium draws synthetic bold as Type 3 glyphs: nothing is bold, emphasis is size and shading.
const FONT = '"WenQuanYi Micro Hei","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif';

/** The print style: A4 portrait, landscape pages for wide tables, headers repeated on every page of a table. */
export const PRINT_CSS = `@page{size:A4;margin:18mm 15mm 16mm 15mm}
@page wide{size:A4 landscape;margin:15mm 15mm 16mm 15mm}
html{font-family:${FONT};font-size:10.5pt;color:#000;line-height:1.6}
body{margin:0}
*{font-weight:normal!important;font-style:normal!important}
h1{font-size:16pt;text-align:center;margin:0 0 12pt;break-after:avoid}
h2{font-size:13pt;margin:14pt 0 6pt;break-after:avoid}
h3{font-size:11pt;margin:10pt 0 4pt;break-after:avoid}
p{margin:0 0 6pt;text-indent:2em;text-align:justify}
.break{break-after:page}
.cover{height:240mm;display:flex;flex-direction:column;justify-content:center;text-align:center;break-after:page}
.cover .body{font-size:22pt;margin-bottom:18pt}.cover .title{font-size:26pt}
.toc{break-after:page}.toc h1{margin-bottom:16pt}
.toc a{display:flex;color:#000;text-decoration:none;line-height:1.9}
.toc a .t{flex:none;max-width:85%}.toc a .dots{flex:1;border-bottom:1px dotted #000;margin:0 4pt 6pt}
.toc a .pg{flex:none;width:2.5em;text-align:right}
.toc a.l1{font-size:11.5pt}.toc a.l2{padding-left:2em}
section.table{break-before:page}
section.table.wide{page:wide}
section.table h2{text-align:center;font-size:14pt;margin:0 0 4pt}
.tno{text-align:left;font-size:9pt;margin:0}
.tmeta{display:flex;justify-content:space-between;font-size:9pt;margin:2pt 0}
table{border-collapse:collapse;width:100%;font-size:8.5pt;line-height:1.2}
table.grid{table-layout:fixed}
table.grid td{vertical-align:top;overflow-wrap:anywhere}
thead{display:table-header-group}
tr{break-inside:avoid}
th,td{border:0.6pt solid #000;padding:0.6pt 3pt;vertical-align:middle}
th{font-weight:normal;text-align:center;background:#f3f3f3}th.l{text-align:left}th.l{text-align:left}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.code{white-space:nowrap}
td.l1{padding-left:1.2em}td.l2{padding-left:2.4em}
tr.total td{background:#f7f7f7}
.note{font-size:9pt;text-indent:0;margin-top:3pt}
.fig{white-space:nowrap}
.ph{background:#ffe58a;border:0.6pt dashed #b58900}
figure.chart{margin:6pt auto;text-align:center;break-inside:avoid}figure.chart figcaption{font-size:9pt}
section.form{break-before:page}
section.form h2{text-align:center;font-size:13pt}
table.form th{width:16%;text-align:left;background:#f3f3f3}
table.form td{text-align:left}
table.form caption{font-size:9pt;text-align:left;padding:4pt 0 2pt}
table.form .long{text-align:justify}
.fyear{text-align:center;text-indent:0;margin:0 0 4pt}
table.pform{table-layout:fixed;font-size:8pt}table.pform td{vertical-align:top;overflow-wrap:anywhere}`;

const runHtml = (r: Run): string =>
  r.placeholder
    ? `<span class="ph">${esc(r.text)}</span>`
    : r.figure
      ? `<span class="fig" data-value="${esc(r.figure.value)}" data-unit="${esc(r.figure.unit)}">${esc(r.text)}</span>`
      : esc(r.text);

// Each column gets its share of the page in proportion to what it needs, so names fit on one line when the page allows.
const columnWidths = (need: readonly number[]): number[] => {
  const sum = need.reduce((a, b) => a + b, 0) || 1;
  return need.map((n) => Math.round((n / sum) * 10000) / 100);
};

// Amounts stay right-aligned (decimal points in line) in a block centred under the column's label: the printed grid
// reads like the templates', and a text extraction finds each figure under its label.
function amountPadding(t: TableNode, pct: readonly number[]): (string | undefined)[] {
  const pageMm = t.wide ? 267 : 180;
  const mmPerEm = t.fontPt * 0.3528;
  return pct.map((p, i) => {
    const em = Math.max(0, ...t.rows.map((r) => (r.cells[i]?.num ? textEm(r.cells[i].text) : 0)));
    if (em === 0) return undefined;
    const pad = ((p / 100) * pageMm - em * mmPerEm) / 2;
    return pad > 1.2 ? `padding-right:${pad.toFixed(1)}mm` : undefined;
  });
}

// A table is as wide as its columns need (a little more, up to the page): labels sit over their figures, as the
// templates print them, instead of a few figures stretched across the page.
function tableStyle(t: TableNode): string {
  const need = t.widths.reduce((a, b) => a + b, 0) * 1.15;
  const page = t.wide ? LANDSCAPE_EM : PORTRAIT_EM;
  // A list of few columns (项目 | 行次 | 统计数) reads better across the page.
  const full = need >= page || t.widths.length <= 3;
  return `${t.fontPt !== 8.5 ? `font-size:${t.fontPt}pt;` : ''}width:${full ? '100%' : `${need.toFixed(1)}em`}`;
}

function tableHtml(t: TableNode): string {
  const head = t.header.map((row) => `<tr>${row.map((c) => `<th${c.left ? ' class="l"' : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}>${esc(c.text)}</th>`).join('')}</tr>`).join('');
  const pct = columnWidths(t.widths);
  const pads = t.widths.map((): string | undefined => undefined);
  const width = t.header.reduce((n, row) => Math.max(n, row.reduce((s, c) => s + c.colspan, 0)), 1);
  const body = t.rows.length
    ? t.rows
        .map((r) => {
          const tds = r.cells.map((c, i) => {
            const cls = c.num ? 'num' : /^\d{3,7}$/.test(c.text) ? 'code' : i <= 1 && r.level ? `l${r.level}` : '';
            const style = c.num ? pads[i] : undefined;
            return `<td${cls ? ` class="${cls}"` : ''}${style ? ` style="${style}"` : ''}>${esc(c.text)}</td>`;
          });
          return `<tr${r.total ? ' class="total"' : ''}>${tds.join('')}</tr>`;
        })
        .join('\n')
    : `<tr><td colspan="${width}"></td></tr>`;
  const colgroup = `<colgroup>${pct.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
  const meta = `<div class="tmeta"><span>${esc(t.bodyLabel)}：${esc(t.bodyName ?? '')}</span><span>${t.unit ? `单位：${esc(t.unit)}` : ''}</span></div>`;
  const notes = t.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('');
  return `<section class="table${t.wide ? ' wide' : ''}" id="${esc(t.id)}">${t.number ? `<p class="tno">${esc(t.number)}</p>` : ''}<h2>${esc(t.title)}</h2>${meta}
<table class="grid" style="${tableStyle(t)}">${colgroup}<thead>${head}</thead><tbody>
${body}
</tbody></table>${notes}</section>`;
}

const td = (text: string, span = 1, cls = ''): string => `<td${span > 1 ? ` colspan="${span}"` : ''}${cls ? ` class="${cls}"` : ''}>${esc(text)}</td>`;

/**
 * A project form on the template's grid of eight columns: header fields in pairs, funding for the period and the year
 * side by side, the texts, 总体目标, then the indicators of the period and of the year side by side (一级 printed once).
 */
function projectFormHtml(f: FormNode): string {
  const field = (label: string): string => f.header.find(([k]) => k === label)?.[1] ?? '';
  const rows: string[] = [
    `<tr>${td('项目名称')}${td(field('项目名称'), 7)}</tr>`,
    `<tr>${td('主管部门及代码')}${td(field('主管部门及代码'), 3)}${td('实施单位')}${td(field('实施单位'), 3)}</tr>`,
    `<tr>${td('项目属性')}${td(field('项目属性'), 3)}${td('项目期')}${td(field('项目期'), 3)}</tr>`,
  ];
  (f.funding?.rows ?? []).forEach((r, i) => {
    const year = r.label.replace('实施期资金总额', '年度资金总额');
    const label = (l: string): string => (i === 0 ? `${l}：` : l);
    rows.push(`<tr>${td(i === 0 ? '项目资金（元）' : '')}${td(label(r.label), 2)}${td(r.amounts[0] ?? '', 1, 'num')}${td(label(year), 2)}${td(r.amounts[1] ?? '', 2, 'num')}</tr>`);
  });
  for (const [k, v] of f.texts) rows.push(`<tr>${td(k)}${td(v, 7, 'long')}</tr>`);
  if (f.goals) rows.push(`<tr>${td('')}${td('实施期目标', 3)}${td('年度目标', 4)}</tr>`, `<tr>${td('总体目标')}${td(f.goals.period, 3, 'long')}${td(f.goals.year, 4, 'long')}</tr>`);
  const period = f.indicators.find((b) => b.caption.startsWith('实施期'))?.rows ?? [];
  const year = f.indicators.find((b) => b.caption.startsWith('年度'))?.rows ?? [];
  if (period.length || year.length) {
    rows.push(`<tr>${td('绩效指标')}${['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'].map((h) => td(h)).join('')}</tr>`);
    let l1 = '';
    let l2p = '';
    let l2y = '';
    for (let i = 0; i < Math.max(period.length, year.length); i += 1) {
      const p = period[i];
      const y = year[i];
      const level1 = p?.level1 ?? y?.level1 ?? '';
      // Names of the upper levels stand once, where they change, as the printed forms leave merged cells blank.
      const show1 = level1 !== l1 ? level1 : '';
      const show2p = p && (p.level2 !== l2p || show1) ? p.level2 : '';
      const show2y = y && (y.level2 !== l2y || show1) ? y.level2 : '';
      l1 = level1;
      l2p = p?.level2 ?? l2p;
      l2y = y?.level2 ?? l2y;
      rows.push(`<tr>${td('')}${td(show1)}${td(show2p)}${td(p?.name ?? '')}${td(p?.value ?? '')}${td(show2y)}${td(y?.name ?? '')}${td(y?.value ?? '')}</tr>`);
    }
  }
  const footer = ['负责人', '经办人', '联系电话', '填报日期'].map((k) => `${k}：${f.footer.find(([l]) => l.startsWith(k))?.[1] ?? ''}`);
  const year2 = f.year !== undefined ? `<p class="fyear">（${f.year}年度）</p>` : '';
  return `<section class="form" id="${esc(f.id)}"><h2>${esc(f.title)}</h2>${year2}
<table class="pform"><colgroup>${[13, 13, 11, 17, 9, 11, 17, 9].map((w) => `<col style="width:${w}%">`).join('')}</colgroup><tbody>
${rows.join('\n')}
</tbody></table><p class="note">${footer.map(esc).join('　　')}</p></section>`;
}

function formHtml(f: FormNode): string {
  if (f.kind === 'project') return projectFormHtml(f);
  const kv = (rows: readonly [string, string][], cls = ''): string => rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td class="${cls}" colspan="6">${esc(v)}</td></tr>`).join('');
  const funding = f.funding?.rows.length
    ? `<tr>${f.funding.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>${f.funding.rows.map((r) => `<tr><td>${esc(r.label)}</td>${r.amounts.map((a) => `<td class="num">${esc(a)}</td>`).join('')}</tr>`).join('')}`
    : '';
  const indicators = f.indicators
    .map((b) => {
      const head = `<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th>${b.actual ? '<th>实际完成值</th>' : ''}</tr>`;
      const rows = b.rows.map((i) => `<tr><td>${esc(i.level1)}</td><td>${esc(i.level2)}</td><td>${esc(i.name)}</td><td>${esc(i.value)}</td>${b.actual ? `<td>${esc(i.actual ?? '')}</td>` : ''}</tr>`);
      return `<table class="form"><caption>${esc(b.caption)}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
    })
    .join('');
  return `<section class="form" id="${esc(f.id)}"><h2>${esc(f.title)}</h2>
<table class="form"><tbody>${kv(f.header)}</tbody></table>
${funding ? `<table class="form"><tbody>${funding}</tbody></table>` : ''}
${f.texts.length ? `<table class="form"><tbody>${kv(f.texts, 'long')}</tbody></table>` : ''}${indicators}
${f.footer.length ? `<p class="note">${f.footer.map(([k, v]) => `${esc(k)}${esc(v)}`).join('　')}</p>` : ''}</section>`;
}

/** One node as HTML. */
function nodeHtml(n: PublishNode, opts: HtmlOptions): string {
  switch (n.type) {
    case 'cover':
      return `<section class="cover"><div class="body">${esc(n.body)}</div><div class="title">${esc(n.title)}</div></section>`;
    case 'toc':
      return `<nav class="toc"><h1>目　录</h1>${n.entries
        .map((e) => `<a class="l${e.level}" href="#${esc(e.target)}"><span class="t">${esc(e.text)}</span><span class="dots"></span><span class="pg">${opts.pages?.get(e.target) ?? ''}</span></a>`)
        .join('\n')}</nav>`;
    case 'heading':
      return `<h${n.level} id="${esc(n.id)}">${esc(n.text)}</h${n.level}>`;
    case 'paragraph':
      return `<p>${n.runs.map(runHtml).join('')}</p>`;
    case 'table':
      return tableHtml(n);
    case 'form':
      return formHtml(n);
    case 'chart': {
      const svg = opts.chart?.(n.id);
      return svg ? `<figure class="chart" id="chart-${esc(n.id)}">${svg}<figcaption>${esc(n.caption)}</figcaption></figure>` : '';
    }
    case 'pageBreak':
      return '<div class="break"></div>';
  }
}

/** The print-ready HTML of a published tree: one standalone file (inline CSS, no scripts). */
export function publishHtml(tree: readonly PublishNode[], opts: HtmlOptions = {}): string {
  const cover = tree.find((n) => n.type === 'cover');
  const title = cover?.type === 'cover' ? `${cover.body}${cover.title}` : '部门预决算公开';
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${PRINT_CSS}</style></head>
<body>
${tree.map((n) => nodeHtml(n, opts)).filter(Boolean).join('\n')}
</body></html>
`;
}
