// Invented sectors for synthetic disclosures: who the units are, which function codes carry their basic and project
// spending (all taken from gongkai's own catalogue, src/check/catalogue/), and project templates with their indicators.
// Every name and sentence here is written for the samples; none is taken from a real disclosure.

/** How a unit is funded and counted: 行政 and 参公 units make up 机关运行经费; 事业 units do not. */
export type UnitKind = 'admin' | 'civil' | 'inst';

/** A subordinate unit of a sector, named after the body's region. */
export interface UnitTemplate {
  suffix: string;
  kind: UnitKind;
  /** 项 code of its basic spending other than pensions, medical insurance and housing fund. */
  runCode: string;
  staff: [number, number];
}

/** One performance indicator: 二级 name, 三级 name and how to write its value. */
export interface IndicatorTemplate {
  level2: string;
  name: string;
  value: string;
}

/** A project a unit of the sector may run. */
export interface ProjectTemplate {
  name: string;
  /** Index into the sector's units. */
  unit: number;
  code: string;
  /** Range of the year's amount in 0.01 万元. */
  range: [number, number];
  category: '其他运转类' | '特定目标类';
  /** What the project buys through government procurement, if anything. */
  procurement?: 'goods' | 'works' | 'services';
  /** 数量指标: name, unit of the count and its range. */
  quantity: { name: string; unit: string; range: [number, number] };
  quality: IndicatorTemplate;
  benefit: IndicatorTemplate;
  /** One sentence on what the money does (项目概况), without figures. */
  summary: string;
  basis: string;
}

/** A sector: the units, the duties paragraph and the projects. */
export interface Sector {
  id: 'commerce' | 'housing' | 'emergency';
  /** The body's own name after its region (商务局). */
  bodySuffix: string;
  units: UnitTemplate[];
  duties: string[];
  projects: ProjectTemplate[];
}

const RATE = (name: string, value: string): IndicatorTemplate => ({ level2: '质量指标', name, value });
const SOCIAL = (name: string, value: string): IndicatorTemplate => ({ level2: '社会效益', name, value });

/** The sectors the samples are drawn from. */
export const SECTORS: readonly Sector[] = [
  {
    id: 'commerce',
    bodySuffix: '商务局',
    units: [
      { suffix: '商务局', kind: 'admin', runCode: '2011301', staff: [28, 46] },
      { suffix: '电子商务发展中心', kind: 'inst', runCode: '2011350', staff: [10, 22] },
      { suffix: '商贸流通服务中心', kind: 'inst', runCode: '2011350', staff: [8, 18] },
    ],
    duties: [
      '贯彻执行国家和省、市关于国内外贸易和对外经济合作的方针政策，拟订本地区商务发展规划并组织实施。',
      '负责推进流通产业结构调整，指导城乡市场体系建设，促进商贸服务业和社区商业发展。',
      '负责组织实施重要消费品市场调控和重要生产资料流通管理，承担生活必需品市场供应应急管理工作。',
      '指导和服务外贸企业开拓国际市场，负责外商投资促进和对外经济合作的管理工作。',
      '完成本级党委、政府交办的其他任务。',
    ],
    projects: [
      { name: '县域商业体系建设专项经费', unit: 0, code: '2011399', range: [3000, 9000], category: '特定目标类', procurement: 'services', quantity: { name: '改造乡镇商贸中心', unit: '个', range: [3, 8] }, quality: RATE('项目验收合格率', '100%'), benefit: SOCIAL('农村居民购物便利程度', '明显提升'), summary: '支持乡镇商贸中心和村级便民网点改造提升，完善县乡村三级物流配送体系。', basis: '县域商业体系建设实施方案' },
      { name: '促消费活动经费', unit: 0, code: '2011302', range: [1500, 5000], category: '其他运转类', procurement: 'services', quantity: { name: '举办促消费活动', unit: '场', range: [4, 12] }, quality: RATE('活动组织规范率', '100%'), benefit: SOCIAL('社会消费品零售总额', '明显提升'), summary: '组织节庆促消费和汽车、家电以旧换新等系列活动，提振居民消费。', basis: '本级政府关于促进消费扩容提质的若干措施' },
      { name: '外贸企业开拓市场补助', unit: 0, code: '2169999', range: [1000, 4000], category: '特定目标类', quantity: { name: '支持外贸企业', unit: '家', range: [8, 30] }, quality: RATE('补助资金兑付准确率', '100%'), benefit: SOCIAL('外贸企业参展积极性', '有效提高'), summary: '对外贸企业参加境内外展会的展位费给予补助，帮助企业拓展订单。', basis: '外经贸发展专项资金管理办法' },
      { name: '商务执法检查工作经费', unit: 0, code: '2011302', range: [300, 1200], category: '其他运转类', procurement: 'goods', quantity: { name: '开展执法检查', unit: '次', range: [20, 60] }, quality: RATE('案件办结率', '100%'), benefit: SOCIAL('市场经营秩序', '持续规范'), summary: '开展成品油、单用途预付卡、报废机动车回收等领域执法检查。', basis: '商务领域行政执法事项清单' },
      { name: '电子商务公共服务平台运营经费', unit: 1, code: '2150899', range: [800, 3000], category: '其他运转类', procurement: 'services', quantity: { name: '培训电商从业人员', unit: '人次', range: [200, 600] }, quality: RATE('平台正常运行率', '≥98%'), benefit: SOCIAL('农产品网络销售额', '明显提升'), summary: '保障电子商务公共服务平台运营，开展电商人才培训和农产品上行服务。', basis: '电子商务进农村综合示范项目管理办法' },
      { name: '中小商贸企业服务经费', unit: 1, code: '2150899', range: [300, 1500], category: '其他运转类', quantity: { name: '服务中小企业', unit: '家', range: [30, 120] }, quality: RATE('服务事项办结率', '100%'), benefit: SOCIAL('企业经营成本', '有效降低'), summary: '为中小商贸企业提供政策咨询、融资对接和品牌推广服务。', basis: '促进中小企业发展条例' },
      { name: '生活必需品市场监测经费', unit: 2, code: '2011399', range: [200, 900], category: '其他运转类', procurement: 'goods', quantity: { name: '设立监测样本点', unit: '个', range: [10, 40] }, quality: RATE('数据报送及时率', '100%'), benefit: SOCIAL('市场供应保障能力', '明显增强'), summary: '对粮油、肉蛋、蔬菜等生活必需品价格和供应开展日常监测。', basis: '生活必需品市场监测工作制度' },
      { name: '放心消费创建经费', unit: 2, code: '2169999', range: [200, 800], category: '其他运转类', quantity: { name: '培育示范商户', unit: '户', range: [20, 80] }, quality: RATE('创建验收通过率', '≥95%'), benefit: SOCIAL('消费环境', '显著改善'), summary: '培育放心消费示范街区和示范商户，营造安全放心的消费环境。', basis: '放心消费创建工作方案' },
    ],
  },
  {
    id: 'housing',
    bodySuffix: '住房和城乡建设局',
    units: [
      { suffix: '住房和城乡建设局', kind: 'admin', runCode: '2120101', staff: [40, 70] },
      { suffix: '建设工程质量安全监督站', kind: 'civil', runCode: '2120101', staff: [15, 30] },
      { suffix: '城乡规划设计研究中心', kind: 'inst', runCode: '2120201', staff: [12, 26] },
    ],
    duties: [
      '贯彻执行国家和省关于住房和城乡建设的方针政策和法律法规，拟订本地区城乡建设规划和政策措施。',
      '承担规范房地产市场秩序、监督管理房地产市场的责任，组织实施住房保障工作。',
      '监督管理建筑市场，规范建设工程各方主体行为，承担建设工程质量安全监管责任。',
      '指导城市市政公用设施建设、城市更新和村镇建设工作，推进城乡人居环境改善。',
      '完成本级党委、政府交办的其他任务。',
    ],
    projects: [
      { name: '城镇老旧小区改造前期工作经费', unit: 0, code: '2120201', range: [2000, 8000], category: '特定目标类', procurement: 'services', quantity: { name: '完成改造方案编制', unit: '个', range: [5, 20] }, quality: RATE('方案审查通过率', '100%'), benefit: SOCIAL('居民居住条件', '明显改善'), summary: '开展老旧小区现状调查、改造方案编制和居民意见征集等前期工作。', basis: '城镇老旧小区改造工作实施方案' },
      { name: '房屋安全隐患排查整治经费', unit: 0, code: '2240104', range: [1500, 6000], category: '特定目标类', procurement: 'services', quantity: { name: '排查房屋栋数', unit: '栋', range: [800, 3000] }, quality: RATE('隐患整改销号率', '≥95%'), benefit: SOCIAL('房屋使用安全水平', '有效提升'), summary: '委托专业机构对城镇经营性自建房和老旧房屋开展安全鉴定与隐患排查。', basis: '全国自建房安全专项整治工作方案' },
      { name: '建筑市场监管信息系统运维经费', unit: 0, code: '2120101', range: [300, 1200], category: '其他运转类', procurement: 'services', quantity: { name: '维护系统模块', unit: '个', range: [4, 12] }, quality: RATE('系统正常运行率', '≥99%'), benefit: SOCIAL('行政审批效率', '有效提高'), summary: '保障建筑市场监管和工程审批信息系统稳定运行及数据安全。', basis: '工程建设项目审批制度改革要求' },
      { name: '城市照明设施维护经费', unit: 0, code: '2120201', range: [1000, 4000], category: '其他运转类', procurement: 'works', quantity: { name: '维护路灯', unit: '盏', range: [3000, 9000] }, quality: RATE('路灯亮灯率', '≥98%'), benefit: SOCIAL('市民夜间出行条件', '显著改善'), summary: '对城区道路照明设施开展日常巡查、维修和更换。', basis: '城市照明管理规定' },
      { name: '建设工程质量安全巡查经费', unit: 1, code: '2240106', range: [400, 1500], category: '其他运转类', procurement: 'goods', quantity: { name: '开展巡查', unit: '次', range: [60, 200] }, quality: RATE('在建项目监督覆盖率', '100%'), benefit: SOCIAL('建筑施工安全形势', '总体稳定'), summary: '对在建房屋建筑和市政工程开展质量安全监督巡查和抽测。', basis: '建设工程质量管理条例' },
      { name: '建筑施工安全培训经费', unit: 1, code: '2240106', range: [200, 800], category: '其他运转类', quantity: { name: '培训施工管理人员', unit: '人次', range: [300, 900] }, quality: RATE('培训考核合格率', '≥95%'), benefit: SOCIAL('施工人员安全意识', '明显增强'), summary: '组织施工企业负责人和项目管理人员开展安全生产培训。', basis: '建筑施工企业安全生产管理规定' },
      { name: '村镇规划编制经费', unit: 2, code: '2120201', range: [800, 3000], category: '特定目标类', procurement: 'services', quantity: { name: '编制村庄规划', unit: '个', range: [6, 20] }, quality: RATE('规划成果审查通过率', '100%'), benefit: SOCIAL('村庄建设有序程度', '明显提高'), summary: '编制重点村庄规划和乡镇建设规划，指导农房建设。', basis: '村庄规划编制技术导则' },
    ],
  },
  {
    id: 'emergency',
    bodySuffix: '应急管理局',
    units: [
      { suffix: '应急管理局', kind: 'admin', runCode: '2240101', staff: [36, 60] },
      { suffix: '应急管理综合行政执法队', kind: 'civil', runCode: '2240101', staff: [18, 34] },
      { suffix: '应急救援保障中心', kind: 'inst', runCode: '2240150', staff: [14, 30] },
    ],
    duties: [
      '贯彻执行国家和省关于应急管理、安全生产的方针政策和法律法规，组织编制本地区应急体系建设和综合防灾减灾规划。',
      '指导应急预案体系建设，组织开展预案演练，推动应急避难设施建设。',
      '统筹应急救援力量建设，组织指导协调安全生产类、自然灾害类突发事件应急救援。',
      '依法行使安全生产综合监督管理职权，指导协调和监督检查有关部门和下级政府的安全生产工作。',
      '完成本级党委、政府交办的其他任务。',
    ],
    projects: [
      { name: '森林防灭火专项经费', unit: 0, code: '2240104', range: [3000, 9000], category: '特定目标类', procurement: 'goods', quantity: { name: '配备扑火机具', unit: '套', range: [50, 200] }, quality: RATE('装备验收合格率', '100%'), benefit: SOCIAL('森林火灾受害率', '≤0.9‰'), summary: '购置扑火机具和防护装备，开展森林火险隐患排查和防火宣传。', basis: '森林防火条例' },
      { name: '安全生产宣传教育经费', unit: 0, code: '2240106', range: [400, 1500], category: '其他运转类', procurement: 'services', quantity: { name: '发放宣传资料', unit: '份', range: [3000, 12000] }, quality: RATE('宣传活动覆盖率', '≥95%'), benefit: SOCIAL('公众安全意识', '明显增强'), summary: '组织安全生产月、防灾减灾日等宣传活动，普及应急避险知识。', basis: '安全生产法' },
      { name: '应急预案编制与演练经费', unit: 0, code: '2240109', range: [300, 1200], category: '其他运转类', procurement: 'services', quantity: { name: '组织综合演练', unit: '次', range: [2, 6] }, quality: RATE('预案评审通过率', '100%'), benefit: SOCIAL('突发事件处置能力', '有效提升'), summary: '修订总体和专项应急预案，组织开展综合应急演练。', basis: '突发事件应急预案管理办法' },
      { name: '安全生产专家聘用经费', unit: 0, code: '2240106', range: [800, 3000], category: '其他运转类', quantity: { name: '聘请专家', unit: '人次', range: [200, 600] }, quality: RATE('检查报告合格率', '100%'), benefit: SOCIAL('重大隐患发现能力', '有效提高'), summary: '聘请安全生产专家参与执法检查、隐患排查和事故调查。', basis: '安全生产专家管理办法' },
      { name: '执法装备购置经费', unit: 1, code: '2240106', range: [200, 1000], category: '其他运转类', procurement: 'goods', quantity: { name: '购置执法记录仪', unit: '台', range: [10, 40] }, quality: RATE('装备配备达标率', '100%'), benefit: SOCIAL('执法规范化水平', '明显提高'), summary: '为执法人员配备执法记录仪、检测仪器和执法服装。', basis: '应急管理综合行政执法装备配备标准' },
      { name: '应急救援队伍训练经费', unit: 2, code: '2240108', range: [500, 2000], category: '其他运转类', quantity: { name: '开展训练', unit: '次', range: [12, 48] }, quality: RATE('训练考核合格率', '≥95%'), benefit: SOCIAL('应急救援响应速度', '明显提高'), summary: '组织应急救援队伍开展体能、技能和实战化训练。', basis: '应急救援队伍建设管理规定' },
      { name: '应急物资储备经费', unit: 2, code: '2240108', range: [1000, 4000], category: '特定目标类', procurement: 'goods', quantity: { name: '储备救灾帐篷', unit: '顶', range: [100, 500] }, quality: RATE('物资入库验收合格率', '100%'), benefit: SOCIAL('受灾群众基本生活保障', '及时'), summary: '补充救灾帐篷、棉被和折叠床等应急物资，保障灾害发生时调拨需要。', basis: '应急物资储备管理办法' },
    ],
  },
];

/** The sector with this id. */
export function sectorOf(id: Sector['id']): Sector {
  const s = SECTORS.find((x) => x.id === id);
  if (!s) throw new Error(`no sector ${id}`);
  return s;
}
