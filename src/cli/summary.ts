import type { Document, Table } from '../model/index.js';

const KIND_ZH: Record<Document['kind'], string> = { budget: '预算', 'final-accounts': '决算', 'performance-targets': '绩效目标' };

function countFacts(sections: Document['narrative']['sections']): number {
  return sections.reduce((n, s) => n + s.facts.length + countFacts(s.children), 0);
}

function tableTotal(t: Table): string {
  const row = t.rows.find((r) => r.role === 'grand-total' && Object.values(r.cells).some((c) => c.amount)) ?? t.rows.find((r) => Object.values(r.cells).some((c) => c.amount));
  const cell = row && Object.values(row.cells).find((c) => c.amount);
  return cell?.amount ? `${row?.name || '合计'} ${cell.amount.value}` : '—';
}

/** A human summary of a document: what it is, its tables with rows and totals, narrative, forms, diagnostics. */
export function summarize(doc: Document): string {
  const lines: string[] = [];
  const head = [doc.body.name || '(未识别单位)', doc.year ?? '', `${doc.scope ?? ''}${KIND_ZH[doc.kind]}`].filter(Boolean).join(' · ');
  lines.push(`${head}  [${doc.kind}, ${doc.template}, ${doc.source.format}]  ${doc.source.file}`);
  if (doc.body.code) lines.push(`  code ${doc.body.code}`);
  lines.push(`tables: ${doc.tables.length}`);
  for (const t of doc.tables) {
    const flag = t.noData ? '  本表无数据' : '';
    lines.push(`  ${String(t.pos.line).padStart(5)}  ${t.kind.padEnd(24)} ${t.title} [${t.unit ?? '?'}]  rows ${t.rows.length}  ${tableTotal(t)}${flag}`);
  }
  const sections = doc.narrative.sections.length;
  lines.push(`narrative: ${sections} sections, ${countFacts(doc.narrative.sections)} facts; glossary ${doc.glossary.length}; units ${doc.organization.units.length}`);
  lines.push(`forms: ${doc.forms.projects.length} project, ${doc.forms.departmentTargets.length} department-wide, ${doc.forms.selfEvaluations.length} self-evaluation`);
  const bySeverity = (s: string): number => doc.diagnostics.filter((d) => d.severity === s).length;
  lines.push(`diagnostics: ${bySeverity('error')} error, ${bySeverity('warning')} warning, ${bySeverity('info')} info`);
  for (const d of doc.diagnostics.filter((x) => x.severity !== 'info').slice(0, 20))
    lines.push(`  ${d.severity} ${d.code} ${d.pos ? `line ${d.pos.line}` : ''}: ${d.message}`);
  return lines.join('\n');
}
