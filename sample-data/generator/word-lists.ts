/** Word lists for synthetic names. Everything here must encode in GBK (complaints CSV is GBK). */

/**
 * Characters for 字号 (trade names), each with a look-alike or same-sound character that clerks
 * mistype. The typo targets are never trade characters themselves, so a typo never turns one
 * synthetic company into another.
 */
export const TRADE_TYPOS: Readonly<Record<string, string>> = {
  宏: '洪', 达: '大', 鑫: '欣', 盛: '胜', 华: '桦', 泰: '太', 安: '按', 恒: '衡', 瑞: '锐', 丰: '风',
  祥: '翔', 顺: '舜', 源: '元', 嘉: '佳', 德: '得', 兴: '星', 隆: '龙', 昌: '常', 远: '园', 诚: '成',
  信: '新', 和: '禾', 锦: '谨', 辉: '晖', 宇: '雨', 峰: '蜂', 博: '搏', 创: '闯', 卓: '倬', 越: '跃',
  晟: '圣', 铭: '茗', 昊: '浩', 捷: '婕', 凯: '恺', 骏: '俊', 海: '嗨', 天: '添', 正: '政', 通: '同',
  美: '每', 伟: '玮', 永: '泳', 益: '溢', 汇: '会', 豪: '毫', 腾: '藤', 悦: '阅', 朗: '郎', 润: '闰',
  泽: '择', 晨: '辰', 科: '柯', 百: '佰', 联: '连', 众: '重', 启: '企', 航: '杭', 鼎: '顶', 睿: '蕊',
  璟: '景', 煜: '昱', 森: '深', 林: '琳', 磊: '垒', 耀: '曜', 宸: '臣', 坤: '昆', 轩: '宣', 旭: '序',
  弘: '红', 伦: '轮', 彤: '桐', 蓝: '兰', 佑: '右', 富: '付', 吉: '级', 庆: '青', 福: '幅', 春: '椿',
  中: '忠', 东: '冬', 南: '楠', 江: '姜', 川: '穿', 山: '杉', 立: '丽', 金: '斤', 宝: '保', 沛: '佩',
};
export const TRADE_CHARS: readonly string[] = Object.keys(TRADE_TYPOS);

/** A few trade names in Latin letters/digits: these are where full-width variants show. */
export const LATIN_TRADES: readonly string[] = ['ABC', 'K3', 'EHS', 'T8', 'MBK', 'JD2', 'AIO', 'HQ'];

/** Look-alike or same-sound slips for other characters in names (government bodies, companies). */
export const GENERAL_TYPOS: Readonly<Record<string, string>> = {
  育: '肓', 管: '菅', 建: '健', 委: '萎', 局: '居', 院: '苑', 卫: '未', 康: '慷', 交: '胶', 务: '物',
  房: '防', 屋: '沃', 旅: '侣', 游: '遊', 民: '名', 政: '正', 境: '镜', 城: '成', 投: '头', 资: '姿',
  开: '升', 发: '法', 集: '极', 团: '图', 股: '投', 份: '分', 工: '功', 程: '呈', 设: '涉', 地: '他',
  医: '依', 心: '芯', 镇: '填', 街: '衔', 道: '遒', 电: '由', 力: '办', 科: '料', 技: '枝',
  隧: '遂', 实: '宝', 业: '亚', 展: '屐', 铁: '钱', 国: '囯', 际: '标',
};

export interface IndustryWord {
  /** Word in the full name: 上海 + 字号 + word + 有限公司. */
  readonly word: string;
  /** What the firm calls itself for short: 字号 + short. */
  readonly short: string;
  readonly engineering: boolean;
  readonly arrears: readonly string[];
  readonly weight: number;
}

export const INDUSTRIES: readonly IndustryWord[] = [
  { word: '建筑装饰工程', short: '装饰', engineering: true, arrears: ['工程款', '工程款', '保证金'], weight: 16 },
  { word: '机电设备安装', short: '机电', engineering: true, arrears: ['工程款', '货款'], weight: 9 },
  { word: '建筑劳务', short: '劳务', engineering: true, arrears: ['工程款'], weight: 8 },
  { word: '劳务', short: '劳务', engineering: true, arrears: ['工程款'], weight: 4 },
  { word: '园林绿化', short: '园林', engineering: true, arrears: ['工程款', '服务款'], weight: 8 },
  { word: '市政工程', short: '市政', engineering: true, arrears: ['工程款', '保证金'], weight: 6 },
  { word: '建材', short: '建材', engineering: false, arrears: ['货款'], weight: 8 },
  { word: '信息科技', short: '科技', engineering: false, arrears: ['服务款', '货款'], weight: 12 },
  { word: '物业管理', short: '物业', engineering: false, arrears: ['服务款'], weight: 9 },
  { word: '保洁服务', short: '保洁', engineering: false, arrears: ['服务款'], weight: 5 },
  { word: '餐饮管理', short: '餐饮', engineering: false, arrears: ['服务款', '其他'], weight: 4 },
  { word: '文化传播', short: '文化', engineering: false, arrears: ['服务款', '其他'], weight: 4 },
  { word: '办公设备', short: '办公', engineering: false, arrears: ['货款'], weight: 4 },
];

export const SURNAMES: readonly string[] = (
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方'
).split('');
export const COMPOUND_SURNAMES: readonly string[] = ['欧阳', '司马', '诸葛', '上官'];
export const GIVEN_CHARS: readonly string[] = (
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红云飞鹏辉玉兰海峰春梅龙文斌德金凤宇浩然涵欣怡佳琪俊晓东'
).split('');

/** Where migrant construction workers' IDs come from (GB/T 2260 county codes), Minhang first. */
export const ID_REGIONS: readonly (readonly [string, number])[] = [
  ['310112', 4], ['310104', 1], ['340321', 2], ['341221', 2], ['411522', 2], ['412723', 2],
  ['511321', 2], ['511725', 1], ['320923', 1], ['360426', 1], ['430524', 1], ['522121', 1],
];

export const CONSTRUCTION_TRADES: readonly string[] = ['木工', '钢筋工', '泥瓦工', '水电工', '油漆工', '架子工', '普工', '焊工'];
export const SERVICE_TRADES: readonly string[] = ['保安', '保洁员', '厨师', '快递员', '客服', '仓库管理员', '服务员'];

export const PROJECT_PLACES: readonly string[] = [
  '社区文化活动中心', '社区卫生服务中心', '中心小学', '幼儿园', '敬老院', '农贸市场', '城中村改造地块',
  '保障性住房', '动迁安置房', '滨江绿地', '口袋公园', '河道', '污水管网', '道路', '体育公园', '邻里中心',
];
export const PROJECT_WORKS: readonly string[] = [
  '新建工程', '改造工程', '大修工程', '装修工程', '综合整治工程', '绿化提升工程', '机电安装工程', '配套工程',
];
/** What a goods or services contract is for, by the creditor's trade (IndustryWord.short). */
export const SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  科技: ['信息化系统运维服务', '网格化管理平台建设', '智慧社区平台开发', '视频监控系统采购'],
  物业: ['物业管理服务', '安保服务'],
  保洁: ['保洁服务', '垃圾分类清运服务'],
  餐饮: ['食堂餐饮服务', '职工食堂托管服务'],
  文化: ['宣传策划服务', '文化活动承办服务'],
  办公: ['办公设备采购', '办公家具采购'],
  建材: ['建材采购', '钢材采购', '商品混凝土采购'],
  机电: ['机电设备采购', '空调设备维保服务'],
  园林: ['绿化养护服务', '苗木采购'],
  装饰: ['零星维修服务'],
  市政: ['道路养护服务'],
  劳务: ['劳务派遣服务'],
};

export const REMARKS: readonly string[] = [
  '已多次催讨', '审计未完成', '待财政资金到位', '分期支付中', '已达成还款协议', '对结算金额有异议',
  '已纳入上期台账', '项目未竣工验收', '已部分支付', '正在协商',
];
