// A chart spec drawn as an SVG string with echarts' server-side renderer (no DOM, no canvas).
import * as echarts from 'echarts';
import type { ChartSpec } from './data.js';
import { percent, sum } from './decimal.js';

/** The font every chart is drawn in (the one the test machines and the PDF publisher have). */
export const CHART_FONT = 'WenQuanYi Micro Hei, sans-serif';

/** Size of a drawing in pixels. */
export interface ChartSize {
  width: number;
  height: number;
}

const PALETTE = ['#12355b', '#2f7ebc', '#e07b39', '#6aa84f', '#b4464b', '#8e6bbf', '#c9a227', '#4bb3b0', '#7f7f7f', '#d96fa0'];

/** The size a chart needs: horizontal bars grow with the number of 类. */
export function defaultSize(s: ChartSpec): ChartSize {
  const n = Math.max(0, ...s.series.map((x) => x.items.length));
  if (s.kind === 'bar' && s.series.length === 1) return { width: 760, height: Math.max(220, 90 + n * 38) };
  if (s.kind === 'bar') return { width: 760, height: 420 };
  if (s.kind === 'line') return { width: 760, height: 400 };
  return { width: 760, height: 380 };
}

/** “value unit（share%）”: the share is exact, of the series' total. */
function label(value: string, unit: string, total: string | undefined): string {
  const share = total === undefined ? null : percent(value, total);
  return share === null ? `${value} ${unit}` : `${value} ${unit}（${share}%）`;
}

// echarts draws with numbers; every figure printed comes from the exact strings, never from these numbers.
function option(s: ChartSpec): Record<string, unknown> {
  const base = {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: CHART_FONT, fontSize: 12 },
    title: { text: s.title, subtext: `单位：${s.unit}${s.source ? `　来源：${s.source.table}` : ''}`, left: 'center', textStyle: { fontSize: 15 }, subtextStyle: { fontSize: 11 } },
  };
  const [only] = s.series;
  if (s.kind === 'pie' || s.kind === 'treemap') {
    const items = only?.items ?? [];
    const total = s.shares === false ? undefined : sum(items.map((i) => i.value));
    const data = items.map((i) => ({ name: i.label, value: Number(i.value), label: { formatter: `${i.label}\n${label(i.value, s.unit, total)}` } }));
    if (s.kind === 'treemap') return { ...base, series: [{ type: 'treemap', top: 60, roam: false, nodeClick: false, breadcrumb: { show: false }, data }] };
    return { ...base, series: [{ type: 'pie', top: 50, radius: ['0%', '58%'], center: ['50%', '55%'], avoidLabelOverlap: true, label: { fontSize: 12, lineHeight: 16 }, data }] };
  }
  if (s.kind === 'line') {
    // Years from several series (budgets and final accounts) in calendar order.
    const seen = [...new Set(s.series.flatMap((x) => x.items.map((i) => i.label)))];
    const labels = seen.every((l) => /^\d+$/.test(l)) ? seen.sort((a, b) => Number(a) - Number(b)) : seen;
    return {
      ...base,
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 80, right: 40, top: 70, bottom: 60 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', name: s.unit },
      series: s.series.map((x) => ({
        type: 'line',
        name: x.name,
        data: labels.map((l) => {
          const i = x.items.find((y) => y.label === l);
          return i ? { value: Number(i.value), label: { show: true, formatter: i.value } } : null;
        }),
        connectNulls: false,
        label: { show: true, position: 'top', fontSize: 11 },
      })),
    };
  }
  if (s.series.length === 1 && only && s.shares !== false) {
    // One series: horizontal bars, the longest names on the left, value and share at the end of each bar.
    const items = [...only.items].reverse();
    const total = sum(only.items.map((i) => i.value));
    return {
      ...base,
      grid: { left: 20, right: 190, top: 64, bottom: 16, containLabel: true },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', data: items.map((i) => i.label), axisTick: { show: false }, axisLabel: { fontSize: 12 } },
      series: [{ type: 'bar', name: only.name, barMaxWidth: 24, data: items.map((i) => ({ value: Number(i.value), label: { show: true, position: 'right', formatter: label(i.value, s.unit, total) } })) }],
    };
  }
  // Several series: grouped vertical bars, one group per label, the exact value over each bar.
  const labels = [...new Set(s.series.flatMap((x) => x.items.map((i) => i.label)))];
  return {
    ...base,
    legend: { bottom: 0 },
    grid: { left: 20, right: 20, top: 70, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, fontSize: 12 } },
    yAxis: { type: 'value', name: s.unit },
    series: s.series.map((x) => ({
      type: 'bar',
      name: x.name,
      barMaxWidth: 36,
      data: labels.map((l) => {
        const i = x.items.find((y) => y.label === l);
        return i ? { value: Number(i.value), label: { show: true, position: 'top', fontSize: 10, formatter: i.value } } : null;
      }),
    })),
  };
}

/** The chart as a standalone SVG document (UTF-8 text), drawn at the given size or the one it needs. */
export function chartSvg(s: ChartSpec, size: ChartSize = defaultSize(s)): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(option(s));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
