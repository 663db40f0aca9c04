// National reference names (domain.md): the 30 expenditure 类 of the function classification and the
// 类 of the department economic classification. Names are compared without “支出” variants' spaces.

/** Function classification 类 codes by name. */
export const FUNCTION_CLASSES: Readonly<Record<string, string>> = {
  一般公共服务支出: '201', 外交支出: '202', 国防支出: '203', 公共安全支出: '204', 教育支出: '205',
  科学技术支出: '206', 文化旅游体育与传媒支出: '207', 社会保障和就业支出: '208', 社会保险基金支出: '209',
  卫生健康支出: '210', 节能环保支出: '211', 城乡社区支出: '212', 农林水支出: '213', 交通运输支出: '214',
  资源勘探工业信息等支出: '215', 商业服务业等支出: '216', 金融支出: '217', 援助其他地区支出: '219',
  自然资源海洋气象等支出: '220', 住房保障支出: '221', 粮油物资储备支出: '222', 国有资本经营预算支出: '223',
  灾害防治及应急管理支出: '224', 预备费: '227', 其他支出: '229', 转移性支出: '230', 债务还本支出: '231',
  债务付息支出: '232', 债务发行费用支出: '233', 抗疫特别国债安排的支出: '234',
};

/** Department economic classification 类 codes by name. */
export const ECONOMIC_CLASSES: Readonly<Record<string, string>> = {
  工资福利支出: '301', 商品和服务支出: '302', 对个人和家庭的补助: '303', 债务利息及费用支出: '307',
  '资本性支出（基本建设）': '309', 资本性支出: '310', '对企业补助（基本建设）': '311', 对企业补助: '312',
  对社会保障基金补助: '313', 其他支出: '399',
};

/** The 类 code of a function-class name as printed (一、一般公共服务支出, 一般公共服务支出(类)), if it is one. */
export function functionClassCode(printed: string): string | undefined {
  const name = printed
    .replace(/\s+/g, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/[（(]类[）)]$/, '');
  return FUNCTION_CLASSES[name];
}
