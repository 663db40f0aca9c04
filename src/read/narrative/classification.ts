// Codes of the function classification (政府收支分类科目) for the names the narrative prints. The 类 are
// the model's national table; 款 and 项 are listed here only where the name alone fixes the code (the
// same 项 name, 行政运行, has a different code under every 款), so a path resolves only when all of its
// names are known under their parents.
import { FUNCTION_CLASSES, functionClassCode } from '../../model/classification.js';

/** 款 (5 digits) with their 项 (7 digits), keyed by 类 code then 款 name. */
const KUAN: Readonly<Record<string, Readonly<Record<string, { code: string; items: Readonly<Record<string, string>> }>>>> = {
  '201': {
    商贸事务: { code: '20113', items: { 行政运行: '2011301', 一般行政管理事务: '2011302', 机关服务: '2011303', 事业运行: '2011350', 其他商贸事务支出: '2011399' } },
    组织事务: { code: '20132', items: { 行政运行: '2013201', 一般行政管理事务: '2013202', 机关服务: '2013203', 事业运行: '2013250', 其他组织事务支出: '2013299' } },
  },
  '205': { 进修及培训: { code: '20508', items: { 培训支出: '2050803' } } },
  '206': { 科技条件与服务: { code: '20605', items: { 科技条件专项: '2060503' } } },
  '208': {
    行政事业单位养老支出: {
      code: '20805',
      items: {
        行政单位离退休: '2080501', 事业单位离退休: '2080502', 离退休人员管理机构: '2080503',
        机关事业单位基本养老保险缴费支出: '2080505', 机关事业单位职业年金缴费支出: '2080506', 其他行政事业单位养老支出: '2080599',
      },
    },
  },
  '210': {
    计划生育事务: { code: '21007', items: { 其他计划生育事务支出: '2100799' } },
    行政事业单位医疗: { code: '21011', items: { 行政单位医疗: '2101101', 事业单位医疗: '2101102', 公务员医疗补助: '2101103', 其他行政事业单位医疗支出: '2101199' } },
  },
  '212': {
    城乡社区管理事务: { code: '21201', items: { 行政运行: '2120101', 一般行政管理事务: '2120102', 机关服务: '2120103' } },
    城乡社区规划与管理: { code: '21202', items: { 城乡社区规划与管理: '2120201' } },
  },
  '213': { 林业和草原: { code: '21302', items: { 其他林业和草原支出: '2130299' } } },
  '215': { 支持中小企业发展和管理支出: { code: '21508', items: { 其他支持中小企业发展和管理支出: '2150899' } } },
  '216': { 其他商业服务业等支出: { code: '21699', items: { 其他商业服务业等支出: '2169999' } } },
  '220': {
    自然资源事务: { code: '22001', items: { 行政运行: '2200101', 一般行政管理事务: '2200102', 机关服务: '2200103', 事业运行: '2200150', 其他自然资源事务支出: '2200199' } },
  },
  '221': { 住房改革支出: { code: '22102', items: { 住房公积金: '2210201', 提租补贴: '2210202', 购房补贴: '2210203' } } },
  '224': {
    应急管理事务: {
      code: '22401',
      items: {
        行政运行: '2240101', 一般行政管理事务: '2240102', 机关服务: '2240103', 灾害风险防治: '2240104', 安全监管: '2240106',
        应急救援: '2240108', 应急管理: '2240109', 事业运行: '2240150', 其他应急管理支出: '2240199',
      },
    },
    矿山安全: { code: '22404', items: { 事业运行: '2240450' } },
    地震事务: { code: '22405', items: { 行政运行: '2240501', 地震监测: '2240504', 地震灾害预防: '2240506' } },
    自然灾害救灾及恢复重建支出: { code: '22407', items: { 自然灾害救灾补助: '2240703' } },
  },
};

/** A name as the table spells it: no spaces, full-width brackets. */
function key(name: string): string {
  return /[\s()]/.test(name) ? name.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）') : name;
}

/** The code of a 类/款/项 path given by names, or undefined when any level is not known under its parent. */
export function pathCode(cls: string, kuan?: string, xiang?: string): string | undefined {
  const c = FUNCTION_CLASSES[cls] ?? functionClassCode(cls);
  if (!c) return undefined;
  if (kuan === undefined) return c;
  const k = KUAN[c]?.[key(kuan)];
  if (!k) return undefined;
  if (xiang === undefined) return k.code;
  return k.items[key(xiang)];
}
