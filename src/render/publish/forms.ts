import type { DepartmentTargetForm, Document, Funding, Indicator, ProjectForm, SelfEvaluationForm } from '../../model/index.js';
import type { FormNode, Ids, IndicatorRow, PublishNode } from './tree.js';

const SOURCES: readonly [keyof Omit<Funding, 'pos'>, string, string][] = [
  ['total', '实施期资金总额', '年度资金总额'],
  ['central', '其中：中央财政资金', '其中：中央财政资金'],
  ['provincial', '省级财政资金', '省级财政资金'],
  ['local', '市县（区）财政资金', '市县（区）财政资金'],
  ['selfRaised', '单位自筹', '单位自筹'],
  ['other', '其他资金', '其他资金'],
];
const FOOTER = /^(负责人|经办人|联系电话|填报日期|项目负责人)/;
const HEADER_LABELS = /^(项目名称|主管部门|实施单位|项目属性|项目期|实施期目标|年度目标|总体目标|项目资金)/;

const indicatorRows = (list: readonly (Indicator & { actual?: string | undefined })[]): IndicatorRow[] =>
  list.map((i) => ({ level1: i.level1, level2: i.level2, name: i.name, value: i.value, ...(i.actual !== undefined ? { actual: i.actual } : {}) }));

/** A project performance target form as the template lays it out. */
export function projectFormNode(f: ProjectForm, ids: Ids, year?: number): FormNode {
  const header: [string, string][] = [
    ['项目名称', f.projectName],
    ['主管部门及代码', [f.department?.code, f.department?.name].filter(Boolean).join('-')],
    ['实施单位', f.implementer ?? ''],
    ['项目属性', f.attribute ?? ''],
    ['项目期', f.period ?? ''],
  ];
  const rows = SOURCES.filter(([k]) => f.funding.period?.[k] || f.funding.year?.[k]).map(([k, label]) => ({
    label,
    amounts: [f.funding.period?.[k]?.raw ?? '', f.funding.year?.[k]?.raw ?? ''],
  }));
  const texts: [string, string][] = [
    ...Object.values(f.texts).map((x): [string, string] => [x.label, x.value]),
    // Other fields, but not those of the header or the goals again (the reader keeps them among the fields too).
    ...f.fields.filter((x) => !FOOTER.test(x.label) && !HEADER_LABELS.test(x.label)).map((x): [string, string] => [x.label, x.value]),
  ];
  const indicators = [
    { caption: '实施期绩效指标', rows: indicatorRows(f.indicators.period), actual: false },
    { caption: '年度绩效指标', rows: indicatorRows(f.indicators.year), actual: false },
  ].filter((b) => b.rows.length > 0);
  return {
    type: 'form',
    id: ids.next('form'),
    kind: 'project',
    title: f.title,
    header,
    funding: { columns: ['项目资金（元）', '实施期', '年度'], rows },
    texts,
    ...(f.goals.period || f.goals.year ? { goals: { period: f.goals.period?.value ?? '', year: f.goals.year?.value ?? '' } } : {}),
    ...((f.year ?? year) !== undefined ? { year: f.year ?? year } : {}),
    indicators,
    footer: f.fields.filter((x) => FOOTER.test(x.label)).map((x) => [x.label, x.value]),
  };
}

/** The department-wide target form or the self-evaluation form. */
export function otherFormNode(f: DepartmentTargetForm | SelfEvaluationForm, ids: Ids): FormNode {
  const dept = 'fundingBySource' in f;
  const money = (items: readonly { label: string; amount?: { raw: string } | undefined }[]) => items.map((i) => ({ label: i.label, amounts: [i.amount?.raw ?? ''] }));
  const rows = dept ? [...money(f.fundingBySource), ...money(f.fundingByUse)] : [...money(f.income), ...money(f.spending)];
  const texts: [string, string][] = dept
    ? f.tasks.map((t) => [t.function, t.task])
    : [...f.scores.map((s): [string, string] => [s.part, `${s.score}${s.max ? ` / ${s.max}` : ''}`]), ...(f.total ? [['总分', f.total.score] as [string, string]] : []), ...(f.grade ? [['评价等级', f.grade.grade] as [string, string]] : [])];
  return {
    type: 'form',
    id: ids.next('form'),
    kind: dept ? 'department' : 'self-evaluation',
    title: f.title,
    header: f.fields.map((x) => [x.label, x.value]),
    funding: { columns: [dept ? '年度预算情况' : '资金情况', '金额（万元）'], rows },
    texts,
    indicators: f.indicators.length ? [{ caption: '绩效指标', rows: indicatorRows(f.indicators), actual: !dept }] : [],
    footer: [],
  };
}

/** The attachments: department-wide form, project forms, self-evaluation forms, each under its heading. */
export function formNodes(doc: Document, ids: Ids, heading: string): PublishNode[] {
  const forms = [
    ...doc.forms.departmentTargets.map((f) => otherFormNode(f, ids)),
    ...doc.forms.projects.map((f) => projectFormNode(f, ids, doc.year)),
    ...doc.forms.selfEvaluations.map((f) => otherFormNode(f, ids)),
  ];
  if (forms.length === 0) return [];
  const what = doc.forms.selfEvaluations.length && !doc.forms.projects.length ? '绩效自评表' : '绩效目标表';
  return [{ type: 'heading', level: heading.startsWith('第') ? 1 : 2, text: `${heading} ${what}`, id: ids.next('forms') }, ...forms];
}
