import type { Field, Finding, Position, ProjectForm } from '../../model/index.js';
import type { Rule } from '../rule.js';

const RULE = 'form-required-fields';

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';
const fieldOf = (form: ProjectForm, re: RegExp): Field | undefined => form.fields.find((f) => re.test(f.label));

function checkForm(form: ProjectForm): Finding[] {
  const out: Finding[] = [];
  const missing = (field: string, location: Position): void => {
    out.push({ rule: RULE, severity: 'warning', location, params: { kind: 'missing', subject: form.projectName, field, column: field } });
  };
  // A label the template prints decides whether its field is required, so a template without 主管部门
  // (阳泉's 申报表) is not asked for one; the fields every template carries are asked for anyway.
  const labelled = (field: string, re: RegExp, value: string | undefined, always: boolean): void => {
    const f = fieldOf(form, re);
    if (f ? blank(value ?? f.value) : always && blank(value)) missing(field, f?.pos ?? form.pos);
  };
  if (blank(form.projectName)) missing('项目名称', fieldOf(form, /^项目名称/)?.pos ?? form.pos);
  labelled('主管部门', /^主管部门/, form.department?.name, false);
  labelled('实施单位', /^实施单位/, form.implementer, true);
  labelled('项目属性', /^项目属性/, form.attribute, false);
  const period = fieldOf(form, /^项目(?:期|日期|起始年限|周期)/);
  if (period ? blank(period.value) : blank(form.period) && blank(form.attribute)) missing('项目期', period?.pos ?? form.pos);
  const at = form.funding.year?.pos ?? form.funding.period?.total?.pos ?? form.funding.period?.pos ?? form.pos;
  if (!form.funding.year?.total) missing('年度资金总额', at);
  // Only templates with a period part (实施期/中期 goals or indicators) owe a period total.
  const hasPeriod = form.indicators.period.length > 0 || form.goals.period !== undefined;
  if (hasPeriod && !form.funding.period?.total) missing('实施期资金总额', form.funding.period?.pos ?? form.funding.year?.total?.pos ?? form.pos);
  return out;
}

/** A project form fills its required header fields: name, departments, duration and the funding totals. */
export const formRequiredFields: Rule = {
  id: RULE,
  title: '绩效目标表必填项完整',
  category: 'forms',
  severity: 'warning',
  docs: 'Each project performance form fills the header fields its template prints: 项目名称, 主管部门 (where printed), 实施单位, 项目属性, 项目期 (or 项目起始年限), 年度资金总额, and 实施期/中期资金总额 when the form has a period part; a blank or missing one is a warning.',
  check: (doc) => doc.forms.projects.flatMap(checkForm),
};
