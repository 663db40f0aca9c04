import { z } from 'zod';
import type { Finding, Severity } from '../model/index.js';
import type { Rule } from './rule.js';

/** What a config may say of one rule: switch it off or give its findings another severity. */
export const RULE_SETTINGS = ['off', 'error', 'warning', 'info'] as const;
/** A rule setting. */
export type RuleSetting = (typeof RULE_SETTINGS)[number];
/** Rule settings by rule id. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** The schema of a config file (`{ "rules": { "<rule-id>": "off" | severity } }`) for a given catalogue. */
export function configSchema(rules: readonly Rule[]) {
  const ids = new Set(rules.map((r) => r.id));
  return z.strictObject({
    rules: z
      .record(
        z.string().refine((k) => ids.has(k), { error: 'unknown rule id' }),
        z.enum(RULE_SETTINGS, { error: `must be one of ${RULE_SETTINGS.join(', ')}` }),
      )
      .optional(),
  });
}

/** The parsed form of a config file. */
export type Config = z.infer<ReturnType<typeof configSchema>>;

/** One readable line per problem of a config that does not fit the schema, each naming its key. */
export function configProblems(rules: readonly Rule[], value: unknown): string[] {
  const r = configSchema(rules).safeParse(value);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const keys = i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path, k].join('.')).join(', ') : i.path.map(String).join('.');
    const message = i.code === 'unrecognized_keys' ? 'unknown key' : i.code === 'invalid_key' ? (i.issues[0]?.message ?? i.message) : i.message;
    return `${keys || '(top level)'}: ${message}`;
  });
}

/**
 * The catalogue with the settings applied: `off` drops a rule; a severity re-grades the rule's error and warning
 * findings. Info findings stay info whatever the setting: they are rounding (尾差) or figures that could not be
 * tied, and re-grading a rule must never turn "not checkable" into a verdict.
 */
export function applySettings(rules: readonly Rule[], settings: RuleSettings): Rule[] {
  return rules.flatMap((r): Rule[] => {
    const s = settings[r.id];
    if (s === undefined) return [r];
    if (s === 'off') return [];
    const regrade = (f: Finding): Finding => (f.severity === 'info' ? f : { ...f, severity: s satisfies Severity });
    return [{ ...r, severity: s, check: (doc) => r.check(doc).map(regrade) }];
  });
}
