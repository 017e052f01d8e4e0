/**
 * Header vocabulary for each source. A header matches a field by an exact alias (after
 * normalisation: NFKC, no spaces or line breaks, no `*` marks, unit suffix removed), or by
 * concept: it contains a word from every group in `all` and none from `none`. Role/attribute
 * concepts ("欠款方" + "名称") let spellings we have not seen still land on the right field.
 *
 * Grain: one entry per canonical field of a source. Invariant: field names are unique per source.
 */
export type SourceKind = 'survey' | 'complaint' | 'wage_lead' | 'work_order';

export interface FieldAlias {
  readonly field: string;
  readonly exact?: readonly string[];
  readonly all?: readonly (readonly string[])[];
  readonly none?: readonly string[];
  /** An attribute-only header (统一社会信用代码) takes its role from the nearest role column to its left. */
  readonly attribute?: 'uscc' | 'type' | 'size' | 'contact' | 'phone';
  readonly role?: string;
}

const NAME = ['名称', '单位', '企业', '全称', '名字'];
const USCC = ['统一社会信用代码', '社会信用代码', '信用代码', '组织机构代码', '纳税人识别号', '税号'];
const NOT_NAME = [...USCC, '类型', '性质', '类别', '规模', '联系人', '电话', '手机', '联系方式', '部门', '地址', '金额', '人数'];

type RoleAttribute = 'name' | 'uscc' | 'type' | 'size' | 'contact' | 'phone';

function roleFields(
  role: string,
  words: readonly string[],
  fields: Partial<Record<RoleAttribute, string>>,
  notWords: readonly string[] = [],
): FieldAlias[] {
  const out: FieldAlias[] = [];
  const add = (attr: RoleAttribute, groups: readonly (readonly string[])[], none: readonly string[]) => {
    const field = fields[attr];
    if (field) out.push({ field, role, all: groups, none: [...none, ...notWords], ...(attr === 'name' ? {} : { attribute: attr }) });
  };
  add('name', [words], NOT_NAME);
  add('uscc', [words, USCC], []);
  add('type', [words, ['类型', '性质', '类别']], ['欠款类型', '账款类型']);
  add('size', [words, ['规模']], []);
  add('contact', [words, ['联系人']], []);
  add('phone', [words, ['电话', '手机', '联系方式']], []);
  return out;
}

const DEBTOR = ['欠款单位', '欠款方', '债务人', '拖欠单位', '拖欠方', '欠款人', '付款单位', '欠款主体', '债务单位'];
const CREDITOR = ['中小企业', '债权人', '被拖欠', '被欠款', '收款单位', '债权单位', '债权方'];
const COMPLAINANT = ['投诉企业', '投诉单位', '投诉人', '投诉方', '反映企业', '来信人', '来访人', '信访人', '诉求人', '申诉人'];
const RESPONDENT = ['被投诉', '被反映', '被举报', '被诉'];

export const SURVEY_FIELDS: readonly FieldAlias[] = [
  { field: 'seq', exact: ['序号', '编号', 'No', 'NO'] },
  ...roleFields('debtor', DEBTOR, { name: 'debtor_name', uscc: 'debtor_uscc', type: 'debtor_type' }, ['被拖欠', '被欠款']),
  ...roleFields('creditor', CREDITOR, { name: 'creditor_name', uscc: 'creditor_uscc', size: 'creditor_size', contact: 'contact_name', phone: 'contact_phone' }),
  { field: 'debtor_dept', all: [['主管部门', '上级部门', '主管单位']] },
  { field: 'street', all: [['街镇', '街道', '乡镇', '镇（街道）', '属地']], none: ['地址'] },
  { field: 'arrears_type', all: [['欠款类型', '账款类型', '欠款性质', '欠款种类', '账款性质', '拖欠类型']] },
  { field: 'project_name', all: [['项目', '合同名称', '合同（项目）']], none: ['金额', '地址'] },
  { field: 'contract_amount', all: [['合同金额', '合同额', '合同总价', '合同价款', '中标金额']] },
  { field: 'amount_owed', exact: ['合计'], all: [['欠款', '拖欠', '欠'], ['金额', '总额', '余额', '合计', '账款']], none: ['无分歧', '有分歧', '无争议', '有争议', '清偿', '偿还', '已支付', '已付', '合同', '类型', '形成', '发生', '时间', '日期'] },
  { field: 'undisputed_amount', all: [['无分歧', '无争议']] },
  { field: 'disputed_amount', all: [['有分歧', '有争议', '存在分歧']] },
  { field: 'amount_cleared', all: [['已清偿', '已偿还', '已支付', '已付', '已还', '清偿金额', '已清欠']], none: ['日期', '时间'] },
  { field: 'arose_on', all: [['形成时间', '发生时间', '形成日期', '发生日期', '欠款时间', '欠款日期', '拖欠时间', '产生时间']] },
  { field: 'agreed_pay_on', all: [['约定付款', '约定支付', '应付款', '约定还款', '合同约定']], none: ['金额'] },
  { field: 'planned_clear_on', all: [['计划清偿', '预计清偿', '计划还款', '承诺清偿', '计划支付', '预计还款', '清偿计划']] },
  { field: 'in_litigation', all: [['司法程序', '诉讼', '仲裁']] },
  { field: 'contact_name', exact: ['联系人', '企业联系人', '联系人姓名'] },
  { field: 'contact_phone', exact: ['联系电话', '手机号码', '手机', '电话', '联系方式'] },
  { field: 'remarks', exact: ['备注', '说明', '备注说明'] },
];

export const COMPLAINT_FIELDS: readonly FieldAlias[] = [
  { field: 'complaint_no', exact: ['编号', '序号'], all: [['投诉编号', '工单编号', '工单号', '信访编号', '登记编号', '件号', '案件编号', '受理编号']] },
  { field: 'received_on', all: [['登记日期', '受理时间', '受理日期', '来信来访日期', '投诉日期', '投诉时间', '登记时间', '来电时间', '收到日期', '信访日期']] },
  { field: 'channel', all: [['渠道', '来源', '方式']] },
  ...roleFields('complainant', COMPLAINANT, { name: 'complainant_name', uscc: 'complainant_uscc', size: 'complainant_size' }, RESPONDENT),
  { field: 'complainant_size', exact: ['企业规模', '规模'] },
  ...roleFields('respondent', RESPONDENT, { name: 'respondent_name', uscc: 'respondent_uscc', type: 'respondent_type' }),
  { field: 'amount_claimed', all: [['金额', '欠款额', '涉及款项']], none: ['合同'] },
  { field: 'content', all: [['诉求', '内容', '事项', '情况描述', '问题描述']], none: ['办理', '结果'] },
  { field: 'handling_unit', all: [['承办单位', '办理单位', '主办单位', '责任单位', '交办单位']] },
  { field: 'status', all: [['状态', '办理情况', '办理结果', '办结情况', '进展']] },
  { field: 'contact_name', exact: ['联系人', '联系人姓名'] },
  { field: 'contact_phone', exact: ['联系电话', '联系方式', '手机号码', '电话'] },
];

export const WAGE_LEAD_FIELDS: readonly FieldAlias[] = [
  { field: 'lead_no', exact: ['编号', '序号'], all: [['线索编号', '案件编号', '登记编号', '工单编号']] },
  { field: 'received_on', all: [['受理日期', '登记日期', '受理时间', '反映日期', '接收日期', '登记时间']] },
  { field: 'channel', all: [['来源', '渠道']] },
  { field: 'sector', all: [['领域', '行业']] },
  { field: 'reporter_name', exact: ['姓名'], all: [['反映人', '举报人', '投诉人', '劳动者', '求助人'], ['姓名', '名字']] },
  { field: 'reporter_id_number', all: [['身份证', '证件号']] },
  { field: 'reporter_phone', all: [['电话', '手机', '联系方式']] },
  ...roleFields('employer', ['用人单位', '用工单位', '欠薪单位', '雇主'], { name: 'employer_name', uscc: 'employer_uscc' }),
  { field: 'project_name', all: [['项目名称', '工程名称', '项目']], none: ['地址'] },
  { field: 'project_address', all: [['地址', '地点']] },
  { field: 'developer_name', all: [['建设单位', '开发商', '业主单位', '发包方']] },
  { field: 'general_contractor_name', all: [['总承包', '总包']] },
  { field: 'subcontractor_name', all: [['分包']] },
  { field: 'team_leader', all: [['班组长', '包工头', '班组负责人']] },
  { field: 'workers', all: [['人数']] },
  { field: 'amount_owed', all: [['欠薪', '拖欠', '工资', '金额'], ['金额', '总额', '工资']], none: ['期间', '时段', '人数', '时间'] },
  { field: 'arrears_period', all: [['期间', '时段', '欠薪时间', '拖欠时间', '欠薪月份']] },
  { field: 'summary', all: [['摘要', '简述', '简要情况', '内容', '问题描述', '诉求']] },
];

/** Free-text work orders (12345 工单, letters): no party or amount columns, the caller's words instead. */
export const WORK_ORDER_FIELDS: readonly FieldAlias[] = [
  { field: 'order_no', exact: ['编号'], all: [['工单编号', '工单号', '信件编号', '来信编号', '件号']] },
  { field: 'received_on', all: [['受理时间', '来电时间', '登记时间', '受理日期', '来信日期', '交办时间']] },
  { field: 'channel', all: [['工单来源', '来源渠道', '来源', '渠道']] },
  { field: 'street', all: [['诉求街道', '诉求区域', '所属街镇', '所属街道', '街镇']] },
  { field: 'address', all: [['诉求地址', '事发地址', '地址']] },
  { field: 'order_type', all: [['工单类型', '诉求类型', '类型', '分类']] },
  { field: 'content', all: [['内容描述', '诉求内容', '市民诉求', '来电内容', '来信内容', '问题描述', '反映内容']] },
  { field: 'handling_unit', all: [['主办单位', '承办单位', '办理单位', '责任单位']] },
  { field: 'caller_name', all: [['市民姓名', '来电人', '来信人', '诉求人', '姓名']] },
  { field: 'caller_phone', all: [['市民电话', '联系电话', '来电号码', '电话']] },
];

/** Fields a source cannot do without: a header lacking them is not that source. */
export const REQUIRED_FIELDS: Readonly<Record<SourceKind, readonly string[]>> = {
  survey: ['debtor_name', 'creditor_name', 'amount_owed'],
  complaint: ['respondent_name', 'content'],
  wage_lead: ['employer_name', 'workers'],
  work_order: ['order_no', 'content', 'caller_name'],
};

export const SOURCE_FIELDS: Readonly<Record<SourceKind, readonly FieldAlias[]>> = {
  survey: SURVEY_FIELDS,
  complaint: COMPLAINT_FIELDS,
  wage_lead: WAGE_LEAD_FIELDS,
  work_order: WORK_ORDER_FIELDS,
};

/** How each source is named to a clerk. */
export const SOURCE_LABEL: Readonly<Record<SourceKind, string>> = {
  survey: '摸排台账',
  complaint: '投诉举报',
  wage_lead: '欠薪线索',
  work_order: '12345工单（文字诉求）',
};
