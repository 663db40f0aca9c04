import { Fragment, type ReactNode } from 'react';
import { groupDecimal } from '../format';
import type { DepartmentTargetForm, Field, Indicator, LocatedMoney, Position, ProjectForm, SelfEvaluationForm } from '../../../src/model/index.js';
import { placeId } from './anchors';
import { type Marks, markClass } from './marks';

const SOURCES = [['total', '资金总额'], ['central', '中央财政资金'], ['provincial', '省级财政资金'], ['local', '市县（区）财政资金'], ['selfRaised', '单位自筹'], ['other', '其他资金']] as const;

// A printed place with its anchor and the mark of its findings.
function At({ pos, marks, children, as = 'td', className = '' }: { pos: Position; marks: Marks; children: ReactNode; as?: 'td' | 'dd' | 'li'; className?: string }) {
  const Tag = as;
  const id = placeId(pos);
  return <Tag id={id} className={[className, markClass(marks.get(id))].filter(Boolean).join(' ') || undefined}>{children}</Tag>;
}

const money = (m: { raw: string; unit: string } | undefined): string => (m ? `${m.raw} ${m.unit}` : '');

/** Every performance form of the document: project target forms, the department-wide target form, self-evaluations. */
export function FormsView({ projects, departments, evaluations, marks }: { projects: readonly ProjectForm[]; departments: readonly DepartmentTargetForm[]; evaluations: readonly SelfEvaluationForm[]; marks: Marks }) {
  if (projects.length + departments.length + evaluations.length === 0) return <p className="muted">文档中没有绩效目标表。</p>;
  return (
    <>
      {departments.map((f, i) => <OtherForm key={`d${i}`} form={f} marks={marks} />)}
      {evaluations.map((f, i) => <OtherForm key={`e${i}`} form={f} marks={marks} />)}
      {projects.length > 0 && <p className="muted">项目支出绩效目标表 {projects.length} 张（点击项目名称展开）。</p>}
      {projects.map((f, i) => <ProjectFormView key={i} form={f} marks={marks} open={i === 0} />)}
    </>
  );
}

function FieldList({ fields, marks }: { fields: readonly (Field | undefined)[]; marks: Marks }) {
  const shown = fields.filter((f): f is Field => f !== undefined && f.value.trim() !== '');
  if (shown.length === 0) return null;
  return <dl className="header form-fields">{shown.map((f, i) => <FieldRow key={i} f={f} marks={marks} />)}</dl>;
}
const FieldRow = ({ f, marks }: { f: Field; marks: Marks }) => <Fragment><dt>{f.label}</dt><At as="dd" pos={f.pos} marks={marks}>{f.value}</At></Fragment>;

function ProjectFormView({ form: f, marks, open }: { form: ProjectForm; marks: Marks; open: boolean }) {
  const year = f.funding.year?.total;
  const cell = (m: LocatedMoney | undefined) => (m ? <At pos={m.pos} marks={marks} className="num">{m.raw}</At> : <td />);
  const rows = SOURCES.filter(([k]) => f.funding.period?.[k] || f.funding.year?.[k]);
  const units = [...new Set(rows.flatMap(([k]) => [f.funding.period?.[k]?.unit, f.funding.year?.[k]?.unit]).filter(Boolean))].join('/');
  const head: [string, string | undefined][] = [['项目名称', f.projectName], ['主管部门', [f.department?.code, f.department?.name].filter(Boolean).join('-')], ['实施单位', f.implementer], ['项目属性', f.attribute], ['项目期', f.period], ['年度', f.year?.toString()]];
  const same = JSON.stringify(f.indicators.period.map(key)) === JSON.stringify(f.indicators.year.map(key));
  const formMarked = marks.has(placeId(f.pos));
  return (
    <details className="form project-form" id={placeId(f.pos)} open={open || formMarked}>
      <summary><strong>{f.projectName || '（未识别项目名称）'}</strong>{year && <span className="muted"> · 年度资金 {groupDecimal(year.value)} {year.unit}</span>}<span className="muted"> · 第 {f.pos.line} 行</span></summary>
      <dl className="header">{head.filter(([, v]) => v).map(([k, v]) => <Fragment key={k}><dt>{k}</dt><dd>{v}</dd></Fragment>)}</dl>
      {rows.length > 0 && (
        <table className="list funding">
          <thead><tr><th>项目资金{units && `（${units}）`}</th><th>实施期</th><th>年度</th></tr></thead>
          <tbody>{rows.map(([k, label]) => <tr key={k}><th>{label}</th>{cell(f.funding.period?.[k])}{cell(f.funding.year?.[k])}</tr>)}</tbody>
        </table>
      )}
      {f.procurement?.amount && <p>政府采购金额：{money(f.procurement.amount)}</p>}
      <FieldList fields={[...Object.values(f.texts), f.goals.period && { ...f.goals.period, label: '实施期总体目标' }, f.goals.year && { ...f.goals.year, label: '年度总体目标' }]} marks={marks} />
      {same ? <IndicatorTree list={f.indicators.year} caption="绩效指标（实施期与年度相同）" marks={marks} /> : (
        <>
          <IndicatorTree list={f.indicators.year} caption="年度绩效指标" marks={marks} />
          <IndicatorTree list={f.indicators.period} caption="实施期绩效指标" marks={marks} />
        </>
      )}
      <FieldList fields={f.fields.filter((x) => !HEADER_LABEL.test(x.label))} marks={marks} />
    </details>
  );
}

// Header fields shown above from the form's typed header; the other fields (负责人, 填报日期 …) are listed at the end.
const HEADER_LABEL = /^(项目名称|主管部门|实施单位|项目属性|项目期)/;

const key = (i: Indicator): string => `${i.level1}|${i.level2}|${i.name}|${i.value}`;

/** The indicator tree: 一级 → 二级 → 三级 with its 指标值 (and 实际完成值 in a self-evaluation), in printed order; `value` draws the 指标值 (the editor's input). */
export function IndicatorTree({ list, caption, marks, value }: { list: readonly (Indicator & { actual?: string | undefined })[]; caption: string; marks: Marks; value?: (i: Indicator, n: number) => ReactNode }) {
  if (list.length === 0) return null;
  const actual = list.some((i) => i.actual !== undefined);
  const rows: ReactNode[] = [];
  let l1: string | undefined;
  let l2: string | undefined;
  list.forEach((i, n) => {
    if (i.level1 !== l1) {
      l1 = i.level1;
      l2 = undefined;
      rows.push(<tr key={`a${n}`} className="ind-l1"><td colSpan={actual ? 3 : 2}>{i.level1 || '（一级指标未注明）'}</td></tr>);
    }
    if (i.level2 !== l2) {
      l2 = i.level2;
      rows.push(<tr key={`b${n}`} className="ind-l2"><td colSpan={actual ? 3 : 2}>{i.level2 || '（二级指标未注明）'}</td></tr>);
    }
    const id = placeId(i.pos);
    rows.push(
      <tr key={`c${n}`} id={id} className={['ind-l3', markClass(marks.get(id))].filter(Boolean).join(' ')}>
        <td>{i.name}</td><td className="value">{value ? value(i, n) : i.value}</td>{actual && <td>{i.actual ?? ''}</td>}
      </tr>,
    );
  });
  return (
    <table className="list indicators">
      <caption>{caption}</caption>
      <thead><tr><th>一级 / 二级 / 三级指标</th><th>指标值</th>{actual && <th>实际完成值</th>}</tr></thead>
      <tbody>{rows}</tbody>
    </table>
  );
}

function Amounts({ caption, items, marks }: { caption: string; items: readonly { label: string; amount?: { raw: string; unit: string } | undefined; pos: Position }[]; marks: Marks }) {
  if (items.length === 0) return null;
  return (
    <table className="list funding">
      <caption>{caption}</caption>
      <tbody>{items.map((i, n) => <tr key={n}><th>{i.label}</th><At pos={i.pos} marks={marks} className="num">{money(i.amount)}</At></tr>)}</tbody>
    </table>
  );
}

/** The department-wide target form or the self-evaluation form. */
function OtherForm({ form: f, marks }: { form: DepartmentTargetForm | SelfEvaluationForm; marks: Marks }) {
  return (
    <section className="form other-form" id={placeId(f.pos)}>
      <h3>{f.title}</h3>
      <FieldList fields={f.fields} marks={marks} />
      {'fundingBySource' in f ? (
        <>
          <Amounts caption="资金（按来源）" items={f.fundingBySource} marks={marks} />
          <Amounts caption="资金（按用途）" items={f.fundingByUse} marks={marks} />
          {f.tasks.length > 0 && <table className="list"><caption>年度主要任务</caption><tbody>{f.tasks.map((t, i) => <tr key={i}><th>{t.function}</th><At pos={t.pos} marks={marks}>{t.task}</At></tr>)}</tbody></table>}
        </>
      ) : (
        <>
          <Amounts caption="收入" items={f.income} marks={marks} />
          <Amounts caption="支出" items={f.spending} marks={marks} />
          {f.scores.length > 0 && (
            <table className="list"><caption>得分</caption><tbody>
              {f.scores.map((s, i) => <tr key={i}><th>{s.part}</th><At pos={s.pos} marks={marks} className="num">{s.score}{s.max ? ` / ${s.max}` : ''}</At></tr>)}
              {f.total && <tr><th>总分</th><At pos={f.total.pos} marks={marks} className="num">{f.total.score}</At></tr>}
              {f.grade && <tr><th>评价等级</th><At pos={f.grade.pos} marks={marks}>{f.grade.grade}</At></tr>}
            </tbody></table>
          )}
        </>
      )}
      <IndicatorTree list={f.indicators} caption="绩效指标" marks={marks} />
    </section>
  );
}
