import type { Finding, Position } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { allSections } from '../text.js';

// 部门 or 单位 naming what the document is: 部门预算, 单位决算, 2025年单位预算报表, 本部门职责. “部门（单位）”
// names both and says nothing; 预算部门/主管部门 name the issuer, not the scope.
const SCOPE_WORD = /(?<![（(/／、])(部门|单位)(?![（(/／、和](?:部门|单位))(?=预算|决算(?!公开相关信息)|财务收支|收入预算|支出预算|职责)/g;

/** 部门 vs 单位 wording of titles matches the document's scope. */
export const scopeWording: Rule = {
  id: 'scope-wording',
  title: '部门与单位口径用语一致',
  category: 'text-quality',
  severity: 'warning',
  docs: 'A 单位 (one unit) disclosure must not title its parts 部门预算/部门决算, and a 部门 (consolidated) disclosure must not say 单位预算; titles of the document, its contents, tables and sections are compared with the scope its own title states. A mismatch is a template of the other kind left unchanged.',
  check(doc) {
    const scope = doc.scope;
    if (!scope) return [];
    const other = scope === '部门' ? '单位' : '部门';
    const out: Finding[] = [];
    const check = (title: string, pos: Position, kind: string): void => {
      for (const m of title.matchAll(SCOPE_WORD)) {
        if (m[1] !== other) continue;
        out.push({ rule: 'scope-wording', severity: 'warning', location: pos, expected: scope, actual: other, params: { kind, subject: title } });
        return;
      }
    };
    for (const c of doc.contents ?? []) check(c.title, c.pos, 'contents');
    for (const t of doc.tables) check(t.title, t.pos, 'table');
    for (const s of allSections(doc)) check(s.title, s.pos, 'section');
    return out;
  },
};
