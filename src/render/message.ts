import type { Finding, Position } from '../model/index.js';
import type { Rule } from '../check/index.js';
import { isRounding } from './checked.js';
import { type Place, type Places, placeOf } from './locate.js';

// What a finding's `kind` says, in words; rules name the kind of problem, the edge words it.
const KIND_ZH: Record<string, string> = {
  'no-form': '无绩效目标表',
  'no-row': '项目表中无此项目',
  'no-year-total': '未填年度资金总额',
  'name-differs': '名称不一致',
  'outdated-name': '使用旧科目名称',
  'not-valid-in-year': '该科目当年不适用',
  'unknown-code': '科目目录中无此编码',
  'bad-pattern': '编码位数不合规',
  'missing-parent': '缺少上级科目',
  amount: '金额不一致',
  direction: '增减方向不一致',
  rate: '增长率与增减额不符',
  mismatch: '与表格数不一致',
  untied: '未能与表格核对',
  'missing-table': '缺少表格',
  'missing-section': '缺少章节',
  'missing-glossary': '缺少名词解释',
  'missing-no-data-note': '空表未注明“本表无数据”',
  'no-data-but-amounts': '注明无数据但有金额',
  'missing-three-public-item': '未说明“三公”经费项目',
  'missing-admin-operating': '未说明机关运行经费',
  'missing-procurement': '未说明政府采购',
  'missing-procurement-item': '未说明政府采购项目',
  'alternatives': '括号内备选措辞未选定',
  'as-of-year': '截至日期年份不符',
  'blank': '空白页',
  'category-amount': '分类金额之和不符',
  'category-count': '分类个数之和不符',
  'ceiling-below-funding': '成本上限低于资金总额',
  'change': '增减额与两年金额不符',
  'comparison-year': '比较年份不符',
  'count': '个数不一致',
  'differs': '不一致',
  'doubled': '标点重复',
  'duplicate': '重复页面',
  'empty': '指标值为空',
  'empty-clause': '原因或用途未填写',
  'entry-not-in-body': '目录所列内容正文中缺失',
  'equipment-thresholds': '设备数量口径矛盾',
  'form-count': '与绩效目标表个数不符',
  'funding-line': '资金与报表不一致',
  'grade': '自评等级与总分不符',
  'missing': '缺少',
  'missing-level1': '缺少一级指标',
  'missing-level2': '缺少产出二级指标',
  'no-reason': '未说明变动原因',
  'other-year': '年份不属于本年度',
  'over-max': '得分超过分值',
  'pair': '数量×单价超出资金',
  'path-name-not-in-tables': '科目名称与报表不一致',
  'parts-sum': '各项之和不符',
  'placeholder': '模板占位符未替换',
  'sme-share': '中小企业占比不符',
  'stated-total': '文字所述总额与资金不符',
  'sum': '合计不符',
  'table-amount': '与表格金额不一致',
  'table-count': '与表格个数不一致',
  'table-not-in-contents': '正文表格未列入目录',
  'table-vehicle-types-sum': '统计表车辆分类之和不符',
  'three-public-parts': '“三公”各项增减之和不符',
  'total': '合计不符',
  'unclosed-book-title': '书名号未闭合',
  'unclosed-parentheses': '括号未闭合',
  'unclosed-quotes': '引号未闭合',
  'unit-count': '单位个数不符',
  'vague': '指标值不可衡量',
  'vehicle-total-vs-table': '车辆数与统计表不符',
  'vehicle-types-sum': '车辆分类之和不符',
  'vehicles-over-quota': '实有车辆超过编制',
  'year-over-period': '年度资金超过实施期资金',
};

const FUNDING_ZH: Record<string, string> = { period: '实施期资金', year: '年度资金' };
const HALF_ZH: Record<string, string> = { period: '实施期指标', year: '年度指标', both: '实施期与年度指标' };
const DIRECTION_ZH: Record<string, string> = { increase: '增加', decrease: '减少', same: '持平' };

/** A finding in words: the rule's title, what it is about, and the two values compared. */
export interface Worded {
  title: string;
  subject: string;
  values: string;
}

/** A row as the reports name it: code and name as printed. */
export function rowName(place: Place | undefined): string | undefined {
  return place?.row ? [place.row.code, place.row.name].filter(Boolean).join(' ') : undefined;
}

/** `file:line:col` (1-based column) and the page when the source has one. */
export function wordPosition(pos: Position, file: string = pos.file): string {
  return `${file}:${pos.line}${pos.column ? `:${pos.column.start + 1}` : ''}${pos.page ? `（第${pos.page}页）` : ''}`;
}

/** Word a finding from its data; `places` resolves its cell to the table, row and column label as printed. */
export function wordFinding(f: Finding, rules: ReadonlyMap<string, Rule>, places?: Places): Worded {
  const p = f.params;
  const place = places && placeOf(places, f.location);
  const title = `${rules.get(f.rule)?.title ?? f.rule}${isRounding(f) ? '（尾差）' : ''}`;
  const project = p['project'];
  const row = p['row'] ?? rowName(place);
  const named = project && row && project !== row ? `${project}（项目表：${row}）` : (project ?? row ?? p['subject'] ?? p['section'] ?? p['item']);
  const label = place?.key ? place.table.columns.find((c) => c.key === place.key)?.label : undefined;
  const code = p['code'] && !named?.includes(p['code']) ? p['code'] : undefined;
  const kind = p['kind'];
  // A position on a table's title line says only "this table" when the rule itself names no table: leave it out.
  const quoted = p['growth'] ?? p['share'];
  const funding = p['funding'] ? (FUNDING_ZH[p['funding']] ?? p['funding']) : undefined;
  const half = p['half'] ? (HALF_ZH[p['half']] ?? p['half']) : undefined;
  const subject = [
    p['table'] || (place?.row ? place.table.title : undefined),
    code,
    named,
    quoted ? `「${quoted}」` : undefined,
    funding,
    half,
    label ?? p['column'],
    kind ? (KIND_ZH[kind] ?? kind) : undefined,
    p['otherTable'] ? `对照：${p['otherTable']}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const unit = p['unit'] ? ` ${p['unit']}` : '';
  const diff = p['difference'] && p['difference'] !== '0' ? `（差 ${p['difference']}${unit}）` : '';
  const [expected, actual] = [f.expected, f.actual].map((v) => (v !== undefined && kind === 'direction' ? (DIRECTION_ZH[v] ?? v) : v));
  const values =
    expected !== undefined && actual !== undefined
      ? `应为 ${expected}${unit}，实为 ${actual}${unit}${diff}`
      : expected !== undefined
        ? `应有 ${expected}${unit}`
        : actual !== undefined && actual.trim() !== ''
          ? `所述「${actual}${unit}」`
          : '';
  return { title, subject, values };
}

/** The whole message of a finding in one line (title — subject — values). */
export function findingMessage(f: Finding, rules: ReadonlyMap<string, Rule>, places?: Places): string {
  const w = wordFinding(f, rules, places);
  return [w.title, w.subject, w.values].filter(Boolean).join(' — ');
}
