import type { Finding, Position } from '../model/index.js';
import type { Rule } from '../check/index.js';
import { CATEGORY_ZH, SEVERITY_ZH, type Checked, byCategory, countFindings, docHeading, isRounding } from './checked.js';
import { Marker, esc, otherFormHtml, projectFormHtml, tableHtml } from './html-parts.js';
import { narrativeHtml } from './html-narrative.js';
import { indexPlaces } from './locate.js';
import { findingMessage, wordFinding, wordPosition } from './message.js';

const CSS = `body{font-family:"WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em;color:#222;line-height:1.5}
h1{font-size:1.5em}h2{border-bottom:2px solid #444;margin-top:2em}h3{margin:1.2em 0 .3em}
table{border-collapse:collapse;margin:.4em 0 1em;font-size:.9em}th,td{border:1px solid #bbb;padding:2px 6px;vertical-align:top}
th{background:#f2f2f2;font-weight:normal}td.num{text-align:right;font-variant-numeric:tabular-nums}td.code{font-family:monospace,monospace}
td.lv1{padding-left:1.5em}td.lv2{padding-left:3em}tr.total td{font-weight:bold}table.kv th{text-align:left;width:12em}
.meta,.note{color:#666;font-size:.85em;margin:0}.counts span{margin-right:1em}
.m-error{background:#fdd;outline:2px solid #c00}.m-warning{background:#fff0c0;outline:2px solid #d90}.m-info{background:#eee;outline:1px dashed #888}
.r-error{background:#fee;outline:2px dashed #c00}.r-warning{background:#fff8e0;outline:2px dashed #d90}.r-info:target{outline:1px dotted #888}
tr[class*="-"]{outline-offset:-2px}table.kv thead th{width:auto}ul.findings code{white-space:nowrap}
section.narrative h4{font-size:1.1em}section.narrative h5,section.narrative h6{font-size:1em}
@media print{section.table,section.form{break-inside:avoid-page}h2,h3{break-after:avoid}}
li.error b{color:#c00}li.warning b{color:#b70}li.info b{color:#666}ul.findings{padding-left:1.2em}li{margin:.2em 0}
code{color:#666;font-size:.85em}section.narrative p{max-width:60em}span.fact{border-bottom:1px dotted #888}summary{cursor:pointer;color:#444}`;

function countsHtml(checked: Checked): string {
  const c = checked.counts ?? countFindings(checked.findings);
  const rounding = checked.findings.filter(isRounding).length;
  return `<p class="counts"><span>错误 ${c.error}</span><span>警告 ${c.warning}</span><span>提示 ${c.info}${rounding ? `（其中尾差 ${rounding}）` : ''}</span></p>`;
}

function findingsHtml(c: Checked, rules: ReadonlyMap<string, Rule>, mk: Marker): string {
  const places = indexPlaces(c.doc);
  const item = (f: Finding): string => {
    const w = wordFinding(f, rules, places);
    const target = [f.location, ...(f.related ?? [])].find((p: Position) => mk.rendered(p));
    // The document's file is named in its header: a finding shows only line:column (and page).
    const at = esc(wordPosition(f.location, '').replace(/^:/, ''));
    const where = target ? `<a href="#${mk.anchor(target)}">${at}</a>` : at;
    return `<li class="${f.severity}">${where} <b>${SEVERITY_ZH[f.severity]}</b> ${esc(w.title)}${w.subject ? ` — ${esc(w.subject)}` : ''}${w.values ? ` — ${esc(w.values)}` : ''} <code>${esc(f.rule)}</code></li>`;
  };
  const folded = (label: string, fs: readonly Finding[]): string =>
    fs.length ? `<details><summary>${label} ${fs.length} 处（提示）</summary><ul class="findings">${fs.map(item).join('\n')}</ul></details>` : '';
  // Errors come first, on the first screen, once; each category lists its warnings, and its information
  // (尾差, figures not tied) folded.
  const errors = c.findings.filter((f) => f.severity === 'error');
  const head = errors.length ? `<h3>错误</h3><ul class="findings">${errors.map(item).join('\n')}</ul>` : '';
  const groups = byCategory(c.findings, (f) => rules.get(f.rule)?.category ?? 'completeness').map(([cat, fs]) => {
    const main = fs.filter((f) => f.severity === 'warning');
    const info = fs.filter((f) => f.severity === 'info');
    const list = main.length ? `<ul class="findings">${main.map(item).join('\n')}</ul>` : '';
    if (!list && info.length === 0) return '';
    return `<h3>${CATEGORY_ZH[cat]}</h3>${list}${folded('尾差', info.filter(isRounding))}${folded('其他提示', info.filter((f) => !isRounding(f)))}`;
  });
  if (head) groups.unshift(head);
  const shown = groups.filter(Boolean);
  return shown.length ? shown.join('\n') : '<p>未发现问题。</p>';
}

function documentHtml(c: Checked, i: number, rules: ReadonlyMap<string, Rule>): string {
  const mk = new Marker(`d${i}`);
  const places = indexPlaces(c.doc);
  for (const f of c.findings) mk.add(f, `${SEVERITY_ZH[f.severity]}：${findingMessage(f, rules, places)}`);
  // Tables and forms first, so that the findings list knows which cells it can link to.
  const body = [
    ...c.doc.tables.map((t) => tableHtml(t, mk)),
    `<h3>情况说明</h3>${narrativeHtml(c.doc.narrative.sections, mk)}`,
    ...c.doc.forms.departmentTargets.map((f) => otherFormHtml(f, mk)),
    ...c.doc.forms.projects.map((f) => projectFormHtml(f, mk)),
    ...c.doc.forms.selfEvaluations.map((f) => otherFormHtml(f, mk)),
  ].join('\n');
  const d = c.doc;
  const meta = [`文件 ${c.file}`, `模板 ${d.template}`, d.body.code ? `单位代码 ${d.body.code}` : ''].filter(Boolean).map(esc).join(' · ');
  return `<article id="d${i}"><h2>${esc(docHeading(d))}</h2><p class="meta">${meta}</p>${countsHtml(c)}
<h3>问题清单</h3>${findingsHtml(c, rules, mk)}
<h3>表格、情况说明与绩效目标表</h3>${body}</article>`;
}

function overviewHtml(checked: readonly Checked[]): string {
  const rows = checked.map((c, i) => {
    const n = c.counts ?? countFindings(c.findings);
    return `<tr><td><a href="#d${i}">${esc(docHeading(c.doc))}</a></td><td>${esc(c.file)}</td><td class="num">${n.error}</td><td class="num">${n.warning}</td><td class="num">${n.info}</td></tr>`;
  });
  return `<table><thead><tr><th>文件</th><th>路径</th><th>错误</th><th>警告</th><th>提示</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * A standalone HTML report (inline CSS, no scripts): per document its header and counts, the findings grouped by
 * category with links to their cells, and every table, narrative section and form as printed with the cells and
 * figures concerned marked.
 */
export function reportHtml(checked: readonly Checked[], rules: readonly Rule[]): string {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>gongkai 检查报告</title><style>${CSS}</style></head>
<body><h1>gongkai 检查报告</h1>${checked.length > 1 ? overviewHtml(checked) : ''}
${checked.map((c, i) => documentHtml(c, i, byId)).join('\n')}
</body></html>
`;
}
