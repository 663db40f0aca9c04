import { readDocument } from '../src/read/index.js';
import { TEXT_DOCS, corpusText } from '../test/corpus.js';

// Synthetic variants of the text corpus for load tests: another (invented) issuing body and another year.
// Amounts are left as printed: in free text an amount cannot be told from a code, a count or a percentage without
// the reader, and scaling would also scale the 0.01 rounding gaps the checks tolerate, so identities could break.

/** Invented city names (no real prefecture): the variants must never pass for a real body's disclosure. */
export const CITIES = ['青岚', '云溪', '松原岭', '白鹭洲', '星川', '雁归', '玉泉湾', '临渊', '清河口', '栖霞岭', '望川', '锦屏', '石渠岭', '翠微', '落霞', '金沙湾', '北望', '镜湖', '紫岚', '丹霞口', '长汀岭', '鹿鸣', '秋浦', '苍梧岭', '凌波', '桐柏湾', '雾灵', '莲塘', '寒山口', '梅岭湾', '东陵岭', '青禾'] as const;
/** The years a variant may carry. */
export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;

/** One variant: a file name, its text, and the body and year the store must read from it. */
export interface Variant {
  name: string;
  text: string;
  body: string;
  year: number;
  source: string;
}

interface Source {
  file: string;
  text: string;
  body: string;
  year: number;
  /** 市 or 省 and the suffix after the place name (应急管理局 / 应急管理厅). */
  level: string;
  suffix: string;
}

let sources: Source[] | undefined;
function loadSources(): Source[] {
  if (sources) return sources;
  sources = TEXT_DOCS.map((file) => {
    const text = corpusText(file);
    const r = readDocument(new TextEncoder().encode(text), file);
    if (!r.ok) throw new Error(`${file}: unreadable (${r.error.message})`);
    const body = r.document.body.name;
    const year = r.document.year;
    const m = /^(.+?)(市|省)(.+)$/.exec(body);
    if (!m || year === undefined) throw new Error(`${file}: body ${body} or year ${String(year)} not usable for variants`);
    return { file, text, body, year, level: m[2] ?? '', suffix: m[3] ?? '' };
  });
  return sources;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Variant `i` (0-based): source i mod 5, city and year chosen so that every (source, city, year) is used once. */
export function variant(i: number): Variant {
  const src = loadSources();
  const s = src[i % src.length];
  if (!s) throw new Error('no corpus sources');
  const k = Math.floor(i / src.length);
  const year = YEARS[k % YEARS.length] ?? 2026;
  const city = CITIES[Math.floor(k / YEARS.length)];
  if (city === undefined) throw new Error(`variant ${i}: at most ${src.length * YEARS.length * CITIES.length} variants`);
  const body = `${city}${s.level}${s.suffix}`;
  const delta = year - s.year;
  const text = s.text
    .replace(new RegExp(escape(s.body), 'g'), body)
    // Every year followed by 年 moves by the same delta, so "上年", ranges and the document year stay consistent.
    .replace(/(?<![\d.])(20[0-3]\d)(?=\s*年)/g, (y) => String(Number(y) + delta));
  const ext = s.file.slice(s.file.lastIndexOf('.'));
  const stem = s.file.slice(0, s.file.lastIndexOf('.')).replace(/-20\d\d-/, '-');
  return { name: `variant-${String(i).padStart(5, '0')}-${stem}-${year}${ext}`, text, body, year, source: s.file };
}

/** The first `n` variants. */
export function variants(n: number): Variant[] {
  return Array.from({ length: n }, (_, i) => variant(i));
}
