import type { Document } from '../../model/index.js';
import { type ChartSpec, basicProject, expenditureByClass, revenueBySource, threePublic } from '../charts/data.js';
import { chartSvg } from '../charts/svg.js';

// The charts the template names, by the id the narrative writers give their chart nodes, drawn from the same data
// the workspace's charts use.
const BY_NODE: Record<string, (doc: Document) => ChartSpec | undefined> = {
  revenue: revenueBySource,
  expenditure: basicProject,
  'gpb-structure': expenditureByClass,
  'three-public': threePublic,
  'final-revenue': revenueBySource,
  'final-expenditure': basicProject,
  'final-three-public': threePublic,
};

/** The chart renderer of a document for the publishing writers: SVG of a chart node's id, undefined when there is no data. */
export function publishCharts(doc: Document): (id: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (id) => {
    if (!cache.has(id)) {
      const spec = BY_NODE[id]?.(doc);
      cache.set(id, spec ? chartSvg(spec) : undefined);
    }
    return cache.get(id);
  };
}
