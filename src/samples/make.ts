// `npm run samples`: regenerate samples/ on purpose (the golden test fails until the committed files match again).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleFiles } from './files.js';

/** samples/ of the repository (this file runs as dist/src/samples/make.js). */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

/** Write every sample file into `dir`; returns the names written. */
export function writeSamples(dir: string = SAMPLES_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  return sampleFiles().map((f) => {
    writeFileSync(join(dir, f.name), f.content);
    return f.name;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const name of writeSamples()) process.stdout.write(`wrote samples/${name}\n`);
}
