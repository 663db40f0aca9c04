import { Fragment } from 'react';
import { type Body, type Trend, api, qs } from '../api';
import { groupDecimal, kindZh, yearZh } from '../format';
import { Link } from '../router';
import { useLoad } from './Others';

const KINDS = ['budget', 'final-accounts', 'performance-targets'] as const;
const GROUP_ZH: Record<string, string> = { 总计: '收支总计', '基本/项目': '基本支出与项目支出', 类: '一般公共预算支出（按功能分类“类”）', 三公: '“三公”经费' };

/** A change with its sign (+376.99), or — when there is nothing to compare with. */
const signed = (v: string | null, suffix = ''): string => (v === null ? '—' : `${v.startsWith('-') ? '−' : v === '0' || /^0(\.0+)?$/.test(v) ? '' : '+'}${groupDecimal(v.replace(/^-/, ''))}${suffix}`);

/** 单位: one issuing body's documents by year (budget beside final accounts), the year-over-year table and the trend chart. */
export function BodyPage({ name }: { name: string }) {
  const { data, error } = useLoad<[Body, Trend]>(name, () => Promise.all([api.body(name), api.trend(name)]));
  if (error) return <p className="error">加载失败：{error}</p>;
  if (!data) return <p className="muted">加载中…</p>;
  const [body, trend] = data;
  const ids = body.years.flatMap((y) => y.documents.map((d) => d.id));
  const charted = trend.kinds.some((k) => k.rows.some((r) => ['expenditureTotal', 'basic', 'project'].includes(r.key) && r.points.some((p) => p.value !== null)));
  return (
    <>
      <h1>{body.body}</h1>
      <p><Link href={`/${qs({ body: body.body })}`}>在文档库中筛选</Link>{ids.length > 1 && <> · <Link href={`/compare?ids=${ids.slice(0, 20).join(',')}`}>比较本单位全部文档</Link></>}</p>
      <nav className="doc-nav" aria-label="本页目录"><a href="#documents">文档</a><a href="#yoy">年度比较</a><a href="#trend">趋势图</a></nav>

      <h2 id="documents">文档（按年度）</h2>
      <table className="list years">
        <thead><tr><th>年度</th>{KINDS.map((k) => <th key={k}>{kindZh(k)}</th>)}</tr></thead>
        <tbody>
          {body.years.map((y) => (
            <tr key={y.year ?? 'none'} className="year" data-year={y.year ?? ''}>
              <th>{yearZh(y.year)}</th>
              {KINDS.map((k) => (
                <td key={k} data-kind={k}>
                  {y.documents.filter((d) => d.kind === k).map((d) => <div key={d.id}><Link href={`/documents/${d.id}`}>{d.title ?? d.fileName}</Link> <span className="muted">{d.fileName}</span></div>)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="yoy">年度比较</h2>
      <p className="muted">金额单位：万元（元按 1 万元 = 10000 元换算，不经四舍五入）；增减与上一个有同类文档的年度相比。</p>
      {trend.kinds.length === 0 && <p className="muted">没有标明年度的文档。</p>}
      <div className="yoy-wrap">{trend.kinds.map((k) => <YearTable key={k.kind} k={k} />)}</div>

      <h2 id="trend">趋势图</h2>
      {charted ? <figure className="chart"><img src={`/api/bodies/${encodeURIComponent(body.body)}/charts/trend.svg`} alt={`${body.body} 支出年度变化`} /></figure> : <p className="muted">没有可作图的支出数字。</p>}
    </>
  );
}

function YearTable({ k }: { k: Trend['kinds'][number] }) {
  const years = k.documents;
  const groups = [...new Set(k.rows.map((r) => r.group))];
  const width = 1 + years.length * 3 - 2;
  return (
    <section className="yoy" data-kind={k.kind}>
      <h3>{kindZh(k.kind)}{years.length < 2 && <span className="muted">（只有 {years[0]?.year} 年一份，没有可比较的上一年度）</span>}</h3>
      <div className="scroll">
        <table className="list yoy-table">
          <thead>
            <tr>
              <th rowSpan={2}>项目</th>
              {years.map((y, i) => <th key={y.year} colSpan={i === 0 ? 1 : 3}><Link href={`/documents/${y.id}`}>{y.year}</Link></th>)}
            </tr>
            <tr>{years.map((y, i) => (i === 0 ? <th key={y.year}>金额</th> : <Fragment key={y.year}><th>金额</th><th>增减</th><th>增减%</th></Fragment>))}</tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <Fragment key={g}>
                <tr className="group"><th colSpan={width}>{GROUP_ZH[g] ?? g}</th></tr>
                {k.rows.filter((r) => r.group === g).map((r) => (
                  <tr key={r.key} data-key={r.key}>
                    <th className="name">{r.label}</th>
                    {r.points.map((p, i) => (
                      <Fragment key={p.year}>
                        <td className="num">{p.value === null ? '—' : groupDecimal(p.value)}</td>
                        {i > 0 && <><td className={`num change ${p.change?.startsWith('-') ? 'down' : p.change && !/^0(\.0+)?$/.test(p.change) ? 'up' : ''}`}>{signed(p.change)}</td><td className="num">{signed(p.changePercent, '%')}</td></>}
                      </Fragment>
                    ))}
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
