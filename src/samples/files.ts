// The files of samples/: each package as tab-separated text and as the model gongkai reads from it. Pure: the
// caller writes them (make.ts) or compares them with the committed ones (the golden test).

import { readDocument } from '../read/index.js';
import { generateBudget } from './index.js';
import { SAMPLE_SPECS } from './specs.js';

/** One file of samples/: its name and content. */
export interface SampleFile {
  name: string;
  content: string;
}

/** Every file samples/ holds, freshly generated: `<stem>.txt` and `<stem>.model.json` for each spec. */
export function sampleFiles(): SampleFile[] {
  return SAMPLE_SPECS.flatMap(({ stem, options }) => {
    const { text } = generateBudget(options);
    const name = `${stem}.txt`;
    const read = readDocument(new TextEncoder().encode(text), name);
    if (!read.ok) throw new Error(`sample ${name} does not read: ${read.error.message}`);
    return [
      { name, content: text },
      { name: `${stem}.model.json`, content: `${JSON.stringify(read.document)}\n` },
    ];
  });
}
