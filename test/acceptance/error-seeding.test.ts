// Acceptance: automated error seeding of the check catalogue. For each corpus document, single errors are
// seeded into the SOURCE TEXT — one digit of a table amount, a narrative figure or a project form's total
// changed (same length, so the layout stays intact), or the line(s) of one coded table row removed — chosen
// at random with a fixed seed; each mutated text is read again from scratch and checked. An error is caught
// when a new error or warning finding appears that the unmutated document does not have (or the text no longer
// reads). Targets of the issue: ≥ 97% of table-amount and dropped-row errors, ≥ 90% of narrative and form errors.
// The recall per document and category is printed; the misses go to .tmp/seeding-misses.tsv (every outcome to
// .tmp/seeding-results.tsv) for tuning the rules. SEEDING_SCALE=3 seeds three times as
// many (slower; files then named -x3), SEEDING_SCALE=100 every site there is (several minutes).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../corpus.js';
import { TARGETS, recallTable, tally, writeTsv } from './seeding/report.js';
import { MIN_PER_DOC, runDocument } from './seeding/run.js';
import type { DocRun } from './seeding/run.js';
import { CATEGORIES } from './seeding/sites.js';
import { ALL_DOCS, sourceText } from './support.js';

const scale = Number(process.env.SEEDING_SCALE ?? 1);

test('error seeding: recall of the check catalogue per category meets the targets', () => {
  const runs: DocRun[] = ALL_DOCS.map((name) => runDocument(name, sourceText(name), scale));
  const all = runs.flatMap((r) => r.outcomes);
  const suffix = scale === 1 ? '' : `-x${scale}`;
  writeTsv(join(repoRoot, '.tmp', `seeding-misses${suffix}.tsv`), all.filter((o) => !o.caught));
  writeTsv(join(repoRoot, '.tmp', `seeding-results${suffix}.tsv`), all);
  const table = recallTable(runs);
  console.log(`error seeding (seed fixed, scale ${scale})\n${table}`);

  for (const r of runs) {
    assert.equal(r.baselineProblem, undefined, `${r.doc}: the unmutated document must read`);
    const sites = CATEGORIES.reduce((n, c) => n + r.available[c], 0);
    assert.ok(sites >= MIN_PER_DOC, `${r.doc}: only ${sites} places to seed an error`);
    assert.ok(r.outcomes.length >= Math.min(Math.round(MIN_PER_DOC * scale), sites), `${r.doc}: only ${r.outcomes.length} errors seeded`);
  }
  const below = CATEGORIES.flatMap((c) => {
    const t = tally(all.filter((o) => o.site.category === c));
    return t.seeded > 0 && t.caught / t.seeded < TARGETS[c] ? [`${c} ${t.caught}/${t.seeded}`] : [];
  });
  assert.deepEqual(below, [], `recall below target:\n${table}`);
});
