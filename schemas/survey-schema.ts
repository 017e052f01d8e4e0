import { z } from 'zod';
import { formatFen } from '../src/normalize/parse-amount.js';
import { amountFen, date, enterpriseName, oneOf, phone, text, uscc, yesNo } from '../src/validate/field-rules.js';
import { withRowCheck } from '../src/validate/validate-row.js';
import type { AmountUnit } from '../src/normalize/parse-amount.js';

export const DEBTOR_TYPES = ['机关', '事业单位', '国有企业', '大型企业', '平台公司', '其他'] as const;
const DEBTOR_TYPE_SYNONYMS: Record<string, string> = {
  行政机关: '机关', 机关单位: '机关', 党政机关: '机关', 政府机关: '机关', 政府部门: '机关',
  事业: '事业单位', 国企: '国有企业', 国有: '国有企业', 国有控股企业: '国有企业', 市属国企: '国有企业', 区属国企: '国有企业',
  大型民营企业: '大型企业', 大企业: '大型企业', 民营大型企业: '大型企业', 平台: '平台公司', 城投公司: '平台公司', 融资平台: '平台公司',
};
export const CREDITOR_SIZES = ['中型', '小型', '微型'] as const;
const SIZE_SYNONYMS: Record<string, string> = { 中型企业: '中型', 小型企业: '小型', 微型企业: '微型', 中: '中型', 小: '小型', 微: '微型' };
export const ARREARS_TYPES = ['工程款', '货款', '服务款', '保证金', '其他'] as const;
const ARREARS_TYPE_SYNONYMS: Record<string, string> = {
  工程进度款: '工程款', 工程尾款: '工程款', 施工款: '工程款', 材料款: '货款', 采购款: '货款', 设备款: '货款',
  服务费: '服务款', 技术服务费: '服务款', 物业费: '服务款', 质保金: '保证金', 履约保证金: '保证金', 投标保证金: '保证金', 押金: '保证金',
};

/** Units per amount field, from the header cell or the sheet's 单位：万元 line. */
export type AmountUnits = Readonly<Partial<Record<string, AmountUnit>>>;

/**
 * A survey row (摸排台账): debtor, creditor and amount owed are required; the rest is checked
 * when present. Amount fields are integer fen. One issue per bad cell, each with its field.
 */
export function surveySchema(units: AmountUnits) {
  const fields = z.object({
    seq: text(),
    street: text(),
    debtor_name: enterpriseName('欠款单位名称为空'),
    debtor_uscc: uscc(),
    debtor_type: oneOf(DEBTOR_TYPES, DEBTOR_TYPE_SYNONYMS, '欠款单位类型'),
    debtor_dept: text(),
    creditor_name: enterpriseName('中小企业（债权人）名称为空'),
    creditor_uscc: uscc(),
    creditor_size: oneOf(CREDITOR_SIZES, SIZE_SYNONYMS, '企业规模'),
    arrears_type: oneOf(ARREARS_TYPES, ARREARS_TYPE_SYNONYMS, '欠款类型', '其他'),
    project_name: text(),
    contract_amount: amountFen(units.contract_amount),
    amount_owed: amountFen(units.amount_owed, '欠款金额为空'),
    undisputed_amount: amountFen(units.undisputed_amount),
    disputed_amount: amountFen(units.disputed_amount),
    arose_on: date(),
    agreed_pay_on: date(),
    amount_cleared: amountFen(units.amount_cleared),
    planned_clear_on: date(),
    in_litigation: yesNo(),
    contact_name: text(),
    contact_phone: phone(),
    remarks: text(),
  });
  return withRowCheck(fields, (r, ctx) => {
    if (r.amount_owed !== null && r.undisputed_amount !== null && r.disputed_amount !== null) {
      const sum = r.undisputed_amount + r.disputed_amount;
      if (sum !== r.amount_owed) {
        ctx.addIssue({
          code: 'custom',
          path: ['undisputed_amount'],
          message: `无分歧金额与有分歧金额之和（${formatFen(sum)} 元）不等于欠款金额（${formatFen(r.amount_owed)} 元）`,
        });
      }
    }
  });
}
