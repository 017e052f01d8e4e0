import { z } from 'zod';
import { amountFen, date, enterpriseName, oneOf, phone, text, uscc } from '../src/validate/field-rules.js';
import { CREDITOR_SIZES, DEBTOR_TYPES, type AmountUnits } from './survey-schema.js';

export const CHANNELS = ['12345', '平台', '来信', '来访', '其他'] as const;
const CHANNEL_SYNONYMS: Record<string, string> = {
  '12345热线': '12345', 市民热线: '12345', 热线: '12345', '12345市民服务热线': '12345',
  投诉平台: '平台', 网络平台: '平台', 国家平台: '平台', '违约拖欠中小企业款项登记（投诉）平台': '平台', 登记平台: '平台',
  信件: '来信', 来信来访: '来信', 网上信访: '来信', 走访: '来访', 上访: '来访', 电话: '其他',
};

/**
 * A structured complaint (投诉举报) row. The respondent is required; the complainant may be a
 * person rather than an enterprise, which is how a wage complaint shows itself.
 */
export function complaintSchema(units: AmountUnits) {
  return z.object({
    complaint_no: text(),
    received_on: date(),
    channel: oneOf(CHANNELS, CHANNEL_SYNONYMS, '投诉渠道', '其他'),
    complainant_name: text(),
    complainant_uscc: uscc(),
    complainant_size: oneOf(CREDITOR_SIZES, { 中型企业: '中型', 小型企业: '小型', 微型企业: '微型' }, '企业规模'),
    contact_name: text(),
    contact_phone: phone(),
    respondent_name: enterpriseName('被投诉单位名称为空'),
    respondent_uscc: uscc(),
    respondent_type: oneOf(DEBTOR_TYPES, {}, '被投诉单位类型', '其他'),
    amount_claimed: amountFen(units.amount_claimed),
    content: text(),
    handling_unit: text(),
    status: text(),
  });
}
