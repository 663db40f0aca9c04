import type { Body, Document, Table } from '../model/index.js';
import type { ReadContext } from './context.js';
import { diag } from './context.js';
import type { SourceLine } from './lines/types.js';

/** What a document is: kind, body, year, scope, template, title. */
export interface DocumentMeta {
  kind: Document['kind'];
  body: Body;
  year?: number;
  scope?: '部门' | '单位';
  template: Document['template'];
  title?: string;
}

const BODY_LABEL = /^(?:部门名称|单位名称|编制部门|预算主管部门|决算部门|预算部门)[:：]\s*(.+)$/;
const TITLE_RE = /^(\d{4})年度?(?:[\u4e00-\u9fa5]{0,20}?)(部门|单位)(预算|决算)(?:公开)?$/;

function levelOf(name: string): Body['level'] {
  if (/^[\u4e00-\u9fa5]{2,3}省[\u4e00-\u9fa5]*厅$|^[\u4e00-\u9fa5]{2,3}省[^市]*$/.test(name)) return 'province';
  if (/区[\u4e00-\u9fa5]*(委员会|局|办|中心)$/.test(name) && /市.+区/.test(name)) return 'district';
  if (/县/.test(name)) return 'county';
  if (/市/.test(name)) return 'city';
  return undefined;
}

/** Work out kind, body, year, scope and template from the lines and what was read. */
export function describeDocument(
  lines: readonly SourceLine[],
  tables: readonly Table[],
  forms: Pick<Document['forms'], 'projects' | 'departmentTargets' | 'selfEvaluations'>,
  ctx: ReadContext,
): DocumentMeta {
  const head = lines.slice(0, 60).map((l) => l.text.replace(/\t/g, ' ').trim()).filter(Boolean);
  let title: string | undefined;
  let titleAt = -1;
  let year: number | undefined;
  let scope: DocumentMeta['scope'];
  let kindWord: string | undefined;
  for (const [i, t] of head.entries()) {
    const compact = t.replace(/\s+/g, '');
    const m = TITLE_RE.exec(compact) ?? /^(.*?)(\d{4})年度?(?:区级|市级|省级)?(部门|单位)(预算|决算)(?:公开)?$/.exec(compact);
    if (!m) continue;
    title = t;
    titleAt = i;
    const [, a, b, c, d] = m;
    // The two patterns put the year first or after a prefix; pick the groups by shape.
    const parts = [a, b, c, d].filter((x): x is string => x !== undefined);
    year = Number(parts.find((x) => /^\d{4}$/.test(x)));
    scope = parts.find((x) => x === '部门' || x === '单位') as DocumentMeta['scope'];
    kindWord = parts.find((x) => x === '预算' || x === '决算');
    break;
  }
  let bodyName: string | undefined;
  for (const l of lines) {
    const m = BODY_LABEL.exec(l.text.replace(/\t/g, ' ').trim());
    if (m?.[1]) {
      bodyName = m[1].replace(/\s+/g, '').replace(/(单位|金额单位)[:：].*$/, '');
      break;
    }
  }
  let code: string | undefined;
  const dept = forms.projects.find((f) => f.department?.name)?.department;
  if (dept) {
    bodyName ??= dept.name;
    code = dept.code;
  }
  if (!bodyName && titleAt > 0) {
    // A cover prints the body above the title, sometimes wrapped over two lines.
    const above = head.slice(Math.max(0, titleAt - 2), titleAt).map((t) => t.replace(/\s+/g, ''));
    const joined = above.join('');
    if (/(局|厅|委员会|委|中心|办公室|院|所|队)$/.test(joined) && joined.length <= 40) bodyName = joined;
  }
  if (!bodyName) {
    const first = head.find((t) => /(局|厅|委员会|中心|办公室|院|所)$/.test(t) && t.length <= 30);
    if (first) bodyName = first;
  }

  const kinds = new Set(tables.map((t) => t.kind));
  const finalTables = [...kinds].some((k) => k.startsWith('final-'));
  let kind: Document['kind'];
  if (kindWord === '决算' || finalTables) kind = 'final-accounts';
  else if (kindWord === '预算' || tables.length > 0) kind = 'budget';
  else kind = 'performance-targets';

  if (year === undefined) {
    const y = tables.find((t) => t.year !== undefined)?.year ?? forms.projects.find((f) => f.year !== undefined)?.year;
    if (y !== undefined) year = y;
  }

  let template: Document['template'] = 'unknown';
  if (kind === 'performance-targets') template = 'forms-only';
  else if (kinds.has('sh-budget-summary') || /上海/.test(bodyName ?? '')) template = kind === 'budget' ? 'shanghai-budget' : 'shanghai-final';
  else if (kinds.has('budget-summary')) template = 'shanxi-budget';
  else if (kinds.has('final-summary')) template = 'shanxi-final';

  if (!bodyName) diag(ctx, 'warning', 'no-body', 'issuing body not found', { file: ctx.file, line: lines[0]?.no ?? 1 });
  const body: Body = { name: bodyName ?? '' };
  if (code) body.code = code;
  const level = bodyName ? levelOf(bodyName) : undefined;
  if (level) body.level = level;
  const meta: DocumentMeta = { kind, body, template };
  if (year !== undefined) meta.year = year;
  if (scope) meta.scope = scope;
  if (title) meta.title = title;
  return meta;
}
