// The ways a topic is named before a figure, ranked by tier (1 specific item, 2 funding source,
// 3 grand total). Each entry lists texts of which any match holds one, so that findTopic can skip an
// entry whose regex cannot match without running it.
import { FUNCTION_CLASSES } from '../../model/classification.js';
import { pathCode } from './classification.js';
import type { Subject } from './subjects.js';

/** One way of naming a topic. */
export interface TopicEntry {
  /** Global regex; findTopic resets lastIndex before each use. */
  re: RegExp;
  tier: number;
  /** A match always holds one of these texts. */
  needs: readonly string[];
  /** Only when printed right before the figure (bare words such as 实有, 车辆, 合计). */
  adjacent?: boolean;
  make: (m: RegExpExecArray) => Subject;
}

const CLASS_ALT = Object.keys(FUNCTION_CLASSES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NAME = '[^（）()“”"，。；、\\s]+?';
const PATH_RE = new RegExp(`(${CLASS_ALT})[（(]类[）)](${NAME})[（(]款[）)](?:(${NAME})[（(]项[）)])?`);
const CLASS_RE = new RegExp(`(${CLASS_ALT})(?:[（(]类[）)])?`);
const LEADING_CLASS_RE = new RegExp(`^.?(?:${CLASS_ALT})`);
const CLASS_FIRST_CHARS = new Set(Object.keys(FUNCTION_CLASSES).map((n) => n.charCodeAt(0)));

/** Whether a function-class name starts at the first or second character (where a paragraph's lead topic stands). */
export function leadsWithClass(text: string): boolean {
  return (CLASS_FIRST_CHARS.has(text.charCodeAt(0)) || CLASS_FIRST_CHARS.has(text.charCodeAt(1))) && LEADING_CLASS_RE.test(text);
}
const VEHICLE_RE = /(部级领导干部|主要领导干部|领导|机要通信|应急保障|执法执勤|特种专业技术|事业单位业务|离退休干部|其他公务|其他)用车/;

const fixed =
  (topic: string) =>
  (): Subject => ({ topic });

const ENTRIES: TopicEntry[] = [
  {
    re: PATH_RE,
    tier: 1,
    needs: ['类）', '类)'],
    make: (m) => {
      const [cls, kuan, xiang] = [m[1] ?? '', m[2] ?? '', m[3]];
      const code = pathCode(cls, kuan, xiang);
      const path = xiang === undefined ? [cls, kuan] : [cls, kuan, xiang];
      const topic = path.join('/');
      return code ? { topic, code, path } : { topic, path, unresolved: true };
    },
  },
  { re: CLASS_RE, tier: 1, needs: ['支出', '预备费'], make: (m) => ({ topic: m[1] ?? '', code: FUNCTION_CLASSES[m[1] ?? ''] ?? '' }) },
  { re: /[“"‘']?三公[”"’']?经费/, tier: 1, needs: ['三公'], make: fixed('三公') },
  { re: /因公出国[（(]境[）)]费(?:用)?(?:支出)?/, tier: 1, needs: ['因公出国'], make: fixed('因公出国（境）费') },
  { re: /(?:因公)?出国[（(]境[）)]团组/, tier: 1, needs: ['出国（境）团组', '出国(境)团组', '出国（境)团组', '出国(境）团组'], make: fixed('因公出国（境）团组') },
  { re: /公务接待(?:费(?:支出)?|支出)/, tier: 1, needs: ['公务接待'], make: fixed('公务接待费') },
  { re: /公务接待/, tier: 1, needs: ['公务接待'], adjacent: true, make: fixed('公务接待费') },
  { re: /国内(?:公务)?接待(?:费|支出)/, tier: 1, needs: ['国内接待', '国内公务接待'], make: fixed('国内公务接待费') },
  { re: /外事接待费/, tier: 1, needs: ['外事接待费'], make: fixed('外事接待费') },
  { re: /外宾接待(?:费|支出)?|接待外宾/, tier: 1, needs: ['外宾'], make: fixed('外宾接待费') },
  { re: /国[（(]境[）)]外接待费/, tier: 1, needs: ['外接待费'], make: fixed('国（境）外接待费') },
  { re: /公务用车购置及运行(?:维护)?费(?:支出)?/, tier: 1, needs: ['公务用车购置及运行'], make: fixed('公务用车购置及运行费') },
  { re: /公务用车购置(?:费)?(?:支出)?/, tier: 1, needs: ['公务用车购置'], make: fixed('公务用车购置费') },
  { re: /公务用车(?:运行维护|运行|维护)(?:费|支出)(?:支出)?/, tier: 1, needs: ['公务用车'], make: fixed('公务用车运行维护费') },
  { re: /公务用车编制/, tier: 1, needs: ['公务用车编制'], make: fixed('公务用车编制') },
  { re: /公务用车保有量/, tier: 1, needs: ['公务用车保有量'], make: fixed('公务用车保有量') },
  { re: /公务用车/, tier: 1, needs: ['公务用车'], adjacent: true, make: fixed('公务用车') },
  { re: /实有/, tier: 1, needs: ['实有'], adjacent: true, make: fixed('公务用车实有') },
  { re: /车辆/, tier: 1, needs: ['车辆'], adjacent: true, make: fixed('车辆') },
  { re: VEHICLE_RE, tier: 1, needs: ['用车'], make: (m) => ({ topic: `${m[1] ?? ''}用车` }) },
  { re: /机关运行经费/, tier: 1, needs: ['机关运行经费'], make: fixed('机关运行经费') },
  { re: /政府采购(?:预算|支出)?(?:总额|金额)?/, tier: 1, needs: ['政府采购'], make: fixed('政府采购') },
  { re: /政府采购货物(?:预算|支出)?|货物采购(?:金额)?/, tier: 1, needs: ['政府采购货物', '货物采购'], make: fixed('政府采购货物') },
  { re: /政府采购工程(?:预算|支出)?|工程采购(?:金额)?/, tier: 1, needs: ['政府采购工程', '工程采购'], make: fixed('政府采购工程') },
  { re: /政府采购服务(?:预算|支出)?|服务采购(?:金额)?/, tier: 1, needs: ['政府采购服务', '服务采购'], make: fixed('政府采购服务') },
  { re: /(?:授予)?中小企业合同金额/, tier: 1, needs: ['中小企业合同金额'], make: fixed('中小企业') },
  { re: /(?:授予)?小微企业合同金额/, tier: 1, needs: ['小微企业合同金额'], make: fixed('小微企业') },
  { re: /面向中小企业预留[^，。；]{0,12}?金额/, tier: 1, needs: ['面向中小企业预留'], make: fixed('中小企业预留') },
  { re: /面向小微企业预留[^，。；]{0,12}?金额/, tier: 1, needs: ['面向小微企业预留'], make: fixed('小微企业预留') },
  { re: /人员经费/, tier: 1, needs: ['人员经费'], make: fixed('人员经费') },
  { re: /公用经费/, tier: 1, needs: ['公用经费'], make: fixed('公用经费') },
  { re: /基本支出(?:预算)?/, tier: 1, needs: ['基本支出'], make: fixed('基本支出') },
  { re: /项目支出(?:预算)?/, tier: 1, needs: ['项目支出'], make: fixed('项目支出') },
  { re: /(其他运转类|特定目标类)项目/, tier: 1, needs: ['类项目'], make: (m) => ({ topic: `${m[1] ?? ''}项目` }) },
  {
    re: /项目绩效目标|绩效目标(?:管理)?的[^，。；]{0,8}?项目|[二2]级项目|(?:绩效自评|绩效跟踪评价)的[^，。；]{0,8}?项目/,
    tier: 1,
    needs: ['绩效', '级项目'],
    make: fixed('绩效项目'),
  },
  { re: /办公用房(?:建筑)?(?:总)?面积|建筑(?:总)?面积/, tier: 1, needs: ['办公用房', '建筑面积', '建筑总面积'], make: fixed('办公用房') },
  { re: /(?:通用)?设备(?:[（(]不含车辆[）)])?/, tier: 1, needs: ['设备'], make: fixed('设备') },
  { re: /(行政|事业|预算|参公)单位/, tier: 1, needs: ['单位'], adjacent: true, make: (m) => ({ topic: m[0] }) },
  { re: /一般公共预算(?:财政)?(?:拨款)?(?:当年)?(?:决算)?(?:收入|支出)?(?:预算)?/, tier: 2, needs: ['一般公共预算'], make: fixed('一般公共预算') },
  { re: /政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入|支出)?(?:总计)?(?:预算)?/, tier: 2, needs: ['政府性基金'], make: fixed('政府性基金预算') },
  { re: /国有资本经营预算(?:财政)?(?:拨款)?(?:收入|支出)?(?:预算)?/, tier: 2, needs: ['国有资本经营预算'], make: fixed('国有资本经营预算') },
  { re: /财政专户管理资金(?:收入)?/, tier: 2, needs: ['财政专户管理资金'], make: fixed('财政专户管理资金') },
  { re: /单位资金/, tier: 2, needs: ['单位资金'], make: fixed('单位资金') },
  { re: /财政拨款收入(?:总计|合计)?/, tier: 2, needs: ['财政拨款收入'], make: fixed('财政拨款收入') },
  { re: /财政拨款(?:决算)?支出(?:总计|合计|预算)?/, tier: 2, needs: ['财政拨款支出', '财政拨款决算支出'], make: fixed('财政拨款支出') },
  { re: /财政拨款收支(?:总预算|总计)?|财政拨款收入支出(?:总计)?/, tier: 2, needs: ['财政拨款收支', '财政拨款收入支出'], make: fixed('财政拨款收支') },
  { re: /当年拨款收入/, tier: 2, needs: ['当年拨款收入'], make: fixed('当年拨款收入') },
  { re: /收入支出总计|收支总计/, tier: 3, needs: ['收入支出总计', '收支总计'], make: fixed('收入支出总计') },
  { re: /(?:预算)?收入总计/, tier: 3, needs: ['收入总计'], make: fixed('收入总计') },
  { re: /(?:预算)?支出总计/, tier: 3, needs: ['支出总计'], make: fixed('支出总计') },
  { re: /本年收入(?:合计)?|收入合计/, tier: 3, needs: ['本年收入', '收入合计'], make: fixed('本年收入') },
  { re: /本年支出(?:合计)?|支出合计|本年预算安排/, tier: 3, needs: ['本年支出', '支出合计', '本年预算安排'], make: fixed('本年支出') },
  { re: /上年结转(?:收入)?/, tier: 3, needs: ['上年结转'], make: fixed('上年结转') },
  { re: /合计/, tier: 3, needs: ['合计'], adjacent: true, make: fixed('合计') },
  { re: /年初结转和结余/, tier: 3, needs: ['年初结转和结余'], make: fixed('年初结转和结余') },
  { re: /年末结转和结余/, tier: 3, needs: ['年末结转和结余'], make: fixed('年末结转和结余') },
  { re: /预算收入|收入预算/, tier: 3, needs: ['预算收入', '收入预算'], adjacent: true, make: fixed('收入总计') },
  { re: /支出预算/, tier: 3, needs: ['支出预算'], adjacent: true, make: fixed('支出总计') },
];

/** The topic entries in order of tier, compiled once with the global flag. */
export const TOPIC_ENTRIES: readonly TopicEntry[] = ENTRIES.map((e) => ({ ...e, re: new RegExp(e.re.source, 'g') }));
