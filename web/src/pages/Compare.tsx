import { type FormEvent, useEffect, useState } from 'react';
import { type Comparison, type Figure, api, qs } from '../api';
import { groupDecimal, kindZh, yearZh } from '../format';
import { Link, type Loc, navigate } from '../router';
import { useLoad } from './Others';

const fig = (f: Figure): string => (f ? `${groupDecimal(f.value)} ${f.unit}` : '—');
const pct = (p: string | null | undefined): string => (p === null || p === undefined ? '—' : `${p}%`);
type RowDef = [string, (c: Comparison) => string, string?];
const ROWS: RowDef[] = [
  ['单位', (c) => c.body],
  ['年度', (c) => yearZh(c.year)],
  ['类型', (c) => kindZh(c.kind)],
  ['收入总计', (c) => fig(c.revenueTotal), 'totals'],
  ['支出总计', (c) => fig(c.expenditureTotal), 'totals'],
  ['支出合计（支出总表）', (c) => fig(c.spendingTotal), 'totals'],
  ['基本支出', (c) => fig(c.basic), 'structure'],
  ['基本支出占支出合计', (c) => pct(c.structure.basicSharePercent), 'structure'],
  ['项目支出', (c) => fig(c.project), 'structure'],
  ['项目支出占支出合计', (c) => pct(c.structure.projectSharePercent), 'structure'],
  ['人员经费', (c) => fig(c.personnel), 'personnel'],
  ['公用经费', (c) => fig(c.publicFunds), 'personnel'],
  ['人员经费占基本支出', (c) => (c.structure.personnelPrinted ? pct(c.personnelSharePercent) : '未列示'), 'personnel'],
  ['“三公”经费合计', (c) => fig(c.threePublic.total), 'three-public'],
  ['因公出国（境）费', (c) => fig(c.threePublic.abroad), 'three-public'],
  ['公务用车购置及运行费', (c) => fig(c.threePublic.vehicles), 'three-public'],
  ['公务接待费', (c) => fig(c.threePublic.reception), 'three-public'],
  ['项目数', (c) => (c.projects === null ? '—' : String(c.projects)), 'other'],
  ['项目表单数', (c) => String(c.forms), 'other'],
  ['错误 / 警告 / 提示', (c) => `${c.findings.error} / ${c.findings.warning} / ${c.findings.info}`, 'other'],
];

// One row per 类 any compared document prints: its amount and its share of that document's 合计.
function classRows(items: readonly Comparison[]): RowDef[] {
  const codes = new Map<string, string>();
  for (const c of items) for (const x of c.structure.classes) if (!codes.has(x.code ?? x.name)) codes.set(x.code ?? x.name, `${x.code ?? ''} ${x.name}`.trim());
  return [...codes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, label]): RowDef => [label, (c) => {
    const x = c.structure.classes.find((y) => (y.code ?? y.name) === key);
    return x ? `${groupDecimal(x.value)} ${x.unit}（${pct(x.sharePercent)}）` : '—';
  }, 'classes']);
}

/** 比较: key figures, structure shares and a grouped bar chart of documents side by side (ids in the URL). */
export function ComparePage({ loc }: { loc: Loc }) {
  const raw = loc.query.get('ids') ?? '';
  const ids = raw.split(',').map((s) => Number(s)).filter((n) => Number.isInteger(n) && n > 0);
  const { data, error } = useLoad(ids.join(','), () => (ids.length ? api.compare(ids) : Promise.resolve({ items: [] as Comparison[] })));
  const items = data?.items ?? [];
  const rows = [...ROWS.slice(0, 10), ...classRows(items), ...ROWS.slice(10)];
  return (
    <>
      <h1>比较</h1>
      <IdsForm initial={ids.join(',')} />
      {error && <p className="error">加载失败：{error}</p>}
      {ids.length === 0 && <p className="muted">在文档库中勾选文档，或在上面输入文档编号（用逗号分隔）。</p>}
      {items.length > 0 && (
        <>
          <div className="scroll">
            <table className="list compare">
              <thead><tr><th>指标</th>{items.map((c) => <th key={c.id}><Link href={`/documents/${c.id}`}>文档 {c.id}</Link></th>)}</tr></thead>
              <tbody>
                {rows.map(([label, f, group], i) => (
                  <tr key={`${i}${label}`} className={group ? `g-${group}` : undefined}>
                    <th>{label}</th>{items.map((c) => <td key={c.id} className="num">{f(c)}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">金额按文档原单位列出；占比为精确计算后四舍五入到两位小数；各“类”的占比是占该文档一般公共预算支出表合计的比例。</p>
          <figure className="chart wide"><img src={`/api/compare/chart.svg${qs({ ids: items.map((c) => c.id).join(',') })}`} alt="支出结构比较" /></figure>
        </>
      )}
    </>
  );
}

function IdsForm({ initial }: { initial: string }) {
  const [v, setV] = useState(initial);
  useEffect(() => setV(initial), [initial]);
  const submit = (e: FormEvent): void => { e.preventDefault(); navigate(`/compare${qs({ ids: v.replace(/[^\d,]/g, '') })}`); };
  return <form className="filters" onSubmit={submit}><label>文档编号 <input value={v} onChange={(e) => setV(e.target.value)} /></label><button type="submit">比较</button></form>;
}
