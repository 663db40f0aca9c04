// The topic table's shortcuts must never hide a match: findTopic skips an entry when the text holds none
// of its `needs`, and stops at the first entry of a lower tier than the best hit so far.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDF_DOCS, TEXT_DOCS, corpusText } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { findTopic } from './subjects.js';
import { TOPIC_ENTRIES } from './topics.js';

const corpusLines = [...TEXT_DOCS.map((n) => corpusText(n)), ...PDF_DOCS.map((n) => layoutTextOf(n))].flatMap((t) =>
  t.split('\n').map((l) => l.replace(/\s+/g, '')),
);

describe('topic entries', () => {
  it('are ordered by tier', () => {
    const tiers = TOPIC_ENTRIES.map((e) => e.tier);
    assert.deepEqual(tiers, [...tiers].sort((a, b) => a - b));
  });

  it('hold one of their needs in every match on every corpus line', () => {
    let matches = 0;
    for (const e of TOPIC_ENTRIES)
      for (const line of corpusLines)
        for (const m of line.matchAll(e.re)) {
          matches++;
          assert.ok(
            e.needs.some((n) => m[0].includes(n)),
            `${e.re.source} matched “${m[0]}” holding none of ${e.needs.join(', ')}`,
          );
        }
    // The corpus exercises the table well beyond a handful of matches.
    assert.ok(matches > 1000, `only ${matches} matches`);
  });

  it('ranks a specific item over a funding source and a total', () => {
    // yangquan-emergency-2024-final-accounts.txt line 570: "“三公”经费财政拨款支出全年预算62.59万元"
    assert.equal(findTopic('2024年度“三公”经费财政拨款支出全年预算')?.subject.topic, '三公');
    // line 514: "2024年度财政拨款收入总计6,061.09万元"
    assert.equal(findTopic('2024年度财政拨款收入总计')?.subject.topic, '财政拨款收入');
  });
});
