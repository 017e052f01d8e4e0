/** Canonical field → the Chinese name a clerk knows it by, used in reject reasons and exports. */
export const FIELD_LABEL: Readonly<Record<string, string>> = {
  seq: '序号', street: '所属街镇', debtor_name: '欠款单位名称', debtor_uscc: '欠款单位统一社会信用代码',
  debtor_type: '欠款单位类型', debtor_dept: '主管部门', creditor_name: '中小企业名称', creditor_uscc: '中小企业统一社会信用代码',
  creditor_size: '企业规模', arrears_type: '欠款类型', project_name: '项目（合同）名称', contract_amount: '合同金额',
  amount_owed: '欠款金额', undisputed_amount: '无分歧金额', disputed_amount: '有分歧金额', arose_on: '欠款形成时间',
  agreed_pay_on: '约定付款时间', amount_cleared: '已清偿金额', planned_clear_on: '计划清偿时间', in_litigation: '是否进入司法程序',
  contact_name: '联系人', contact_phone: '联系电话', remarks: '备注',
  complaint_no: '投诉编号', received_on: '受理日期', channel: '渠道', complainant_name: '投诉企业名称',
  complainant_uscc: '投诉企业统一社会信用代码', complainant_size: '企业规模', respondent_name: '被投诉单位名称',
  respondent_uscc: '被投诉单位统一社会信用代码', respondent_type: '被投诉单位类型', amount_claimed: '投诉金额',
  content: '诉求内容', handling_unit: '承办单位', status: '办理状态',
  lead_no: '线索编号', sector: '所属领域', reporter_name: '反映人姓名', reporter_id_number: '身份证号码',
  reporter_phone: '反映人联系电话', employer_name: '用人单位名称', employer_uscc: '用人单位统一社会信用代码',
  project_address: '项目地址', developer_name: '建设单位', general_contractor_name: '施工总承包单位',
  subcontractor_name: '分包单位', team_leader: '班组长', workers: '欠薪人数', arrears_period: '欠薪期间', summary: '问题摘要',
};
