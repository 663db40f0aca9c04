import type { Document, Finding, Indicator } from '../../model/index.js';
import { indicatorBlocks } from '../form-indicators.js';
import type { Rule } from '../rule.js';

const RULE = 'form-indicator-measurable';

// A 指标值 is measurable when it is a quantity or names a level an evaluator can find met or not:
// - any Arabic figure (≥95%, ≤30万元, 100人次, 12月底前, 3至5项) or a Chinese count with a measure word (一分钟, 各一次);
// - a state or grade, alone or after a qualifier: 优, 良好, 较好, 高, 达标, 合格, 完成, 及时, 到位, 稳定, 健全, 满足, 有效 …;
// - a direction with a stated degree: 有效/明显/显著/大幅/全面/得到 + 提升, 降低, 保障 …;
// - a standard to keep: 按时, 按期, 按计划/标准/合同/规定 …; a time frame: 全年, 年内, 年底前, 汛期前, 长期;
// - yes or no: 是, 否, 有, 无.
// Not measurable: a bare direction or one qualified only by how it goes (提高, 降低, 保障, 逐步提高, 持续提升,
// 不断加强, 进一步, 有所提高, 同比减少), a restated goal or description, an unfilled template choice (是或否满足).
const QUANTITY = /\d|[一二两三四五六七八九十百千半]+(?:个|次|年|月|日|天|周|人|家|项|场|期|分钟|小时|台|套|部)|各[一二两三四五六七八九十]/;
const PLACEHOLDER = /是或否|XX/;
const STATE =
  '优秀|优|良好|良|较好|很好|好|较高|高|达标|合格|全部完成|顺利完成|高质量完成|按时完成|按期完成|完成|达到|发放到位|到位|' +
  '及时发放|及时发布接收|及时|准时|正常|稳定|平稳|健全|完善|合理|规范|合法合规|合规|有效|可靠|齐全|准确|满足|满意|认可|' +
  '符合标准|符合要求|符合政府要求|符合|显著|明显';
const QUALIFIER = '总体|持续|基本|全面|完全|严格|均|全部|保持|普遍|非常';
const DEGREE = '有效|明显|显著|大幅度|大幅|全面|充分|切实|得到';
const VERB = '提升|提高|改善|增强|降低|减少|减轻|下降|保障|保护|防范|遏制|控制|延长|加强|强化|缩短';
const LEVEL_RE = new RegExp(
  `^(?:(?:${QUALIFIER})?(?:${STATE})` +
    // The degree is what makes the target checkable; the object that may follow (有效防范安全事故发生) changes nothing.
    `|(?:${DEGREE})(?:${VERB})[^，,；;。]*` +
    `|(?:严格)?按照?(?:时|期|计划|标准|合同|规定|要求|预算)\\S{0,10}` +
    `|(?:每年)?(?:全年内|全年|一年内|年内|年底前|年底|年末|汛期前|防火期内|当日|长期|长效)(?:持续)?(?:开展|完成|发布|支付|统一支付|影响)?` +
    '|是|否|有|无)$',
);

/** Why a 指标值 is not measurable (empty, vague or an unfilled template choice), or undefined when it is. */
export function unmeasurable(value: string): 'empty' | 'vague' | 'placeholder' | undefined {
  let v = value.replace(/\s+/g, '').replace(/[。.；;，,]+$/, '');
  if (v === '') return 'empty';
  if (QUANTITY.test(v)) return undefined;
  if (PLACEHOLDER.test(v)) return 'placeholder';
  // A word printed twice when a merged cell was flattened (合理合理) is read once.
  const half = v.length / 2;
  if (v.length % 2 === 0 && v.slice(0, half) === v.slice(half)) v = v.slice(0, half);
  return LEVEL_RE.test(v) ? undefined : 'vague';
}

function finding(subject: string, half: 'period' | 'year', i: Indicator): Finding | undefined {
  const kind = unmeasurable(i.value);
  if (!kind) return undefined;
  return { rule: RULE, severity: 'warning', location: i.pos, actual: i.value, params: { kind, subject, half, row: i.name, level2: i.level2 } };
}

function checkDoc(doc: Document): Finding[] {
  const out: Finding[] = [];
  // One finding for a value printed alike in the period and the year halves of one row (names are often cut short in one).
  const byRow = new Map<string, Finding>();
  for (const b of indicatorBlocks(doc)) {
    for (const i of b.indicators) {
      const f = finding(b.subject, b.half, i);
      if (!f) continue;
      const key = `${b.subject}|${i.pos.line}|${i.value}`;
      const twin = byRow.get(key);
      if (twin && twin.params['half'] !== b.half) {
        twin.params['half'] = 'both';
        twin.related = [i.pos];
        continue;
      }
      byRow.set(key, f);
      out.push(f);
    }
  }
  return out;
}

/** Each 指标值 of a performance form is a measurable target: a quantity, or a stated level. */
export const formIndicatorMeasurable: Rule = {
  id: RULE,
  title: '绩效指标值可衡量',
  category: 'forms',
  severity: 'warning',
  docs: 'Each 指标值 of a performance target form is measurable: a figure with a unit or comparator (≥95%, ≤30万元, 12月底前), a stated level (优, 良好, 达标, 合格, 完成, 及时, 稳定, 有效, 是/否, 按计划, 全年, or a direction with a degree such as 有效提升, 显著改善); an empty value, a bare or open-ended direction (提高, 逐步提高, 持续提升, 不断加强, 进一步…), a description or an unfilled template choice (是或否) is a warning.',
  check: checkDoc,
};
