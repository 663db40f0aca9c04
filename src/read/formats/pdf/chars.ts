// PDF text layers spell ideographs with look-alike radicals when a font's ToUnicode map points at the radical
// blocks. NFKC (inside normalizeText) maps every Kangxi radical (U+2F00–2FD5) to its ideograph, but of the CJK
// radicals supplement (U+2E80–2EFF) only ⺟ and ⻳: the rest that are whole ideographs are mapped here.
import { normalizeText } from '../../lines/normalize.js';

// Pairs: radical, ideograph. Component-only forms (氵, 扌, ⺮ …) are left alone: they never stand for a character.
const PAIRS = '⺎兀⺐尢⺒巳⺓幺⺜日⺝月⺠民⺩王⺬示⺼月⻄西⻅见⻆角⻉贝⻋车⻑長⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀';

const SUPPLEMENT = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) SUPPLEMENT.set(PAIRS[i] ?? '', PAIRS[i + 1] ?? '');

const SUPPLEMENT_RE = /[\u2e80-\u2eff]/g;

/** Text of a PDF text item as the readers expect it: radicals as ideographs, full-width digits and letters as ASCII. */
export function normalizePdfText(s: string): string {
  return normalizeText(s.replace(SUPPLEMENT_RE, (c) => SUPPLEMENT.get(c) ?? c));
}
