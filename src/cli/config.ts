import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule } from '../check/index.js';
import { type RuleSettings, configProblems, configSchema } from '../check/config.js';

/** Name of the config file looked up in the current directory. */
export const CONFIG_FILE = 'gongkai.config.json';

/** A config that cannot be used: a usage error, worded for one line of stderr. */
export class ConfigError extends Error {}

/**
 * The rule settings of `--config FILE`, or of gongkai.config.json in `cwd` when present (none otherwise).
 * A missing named file, bad JSON, an unknown rule id or a bad value is a ConfigError naming the key.
 */
export function loadSettings(rules: readonly Rule[], cwd: string, file?: string): RuleSettings {
  const path = file ?? join(cwd, CONFIG_FILE);
  if (file === undefined && !existsSync(path)) return {};
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path}: ${code === 'ENOENT' ? 'no such file' : code ? 'cannot be read' : `not valid JSON (${(e as Error).message})`}`);
  }
  const problems = configProblems(rules, value);
  if (problems.length) throw new ConfigError(`${path}: ${problems.join('; ')}`);
  return configSchema(rules).parse(value).rules ?? {};
}
