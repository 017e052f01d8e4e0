import { z } from 'zod';
import { date, oneOf, phone, text } from '../src/validate/field-rules.js';
import { CHANNELS } from './complaint-schema.js';
import type { AmountUnits } from './survey-schema.js';

const CHANNEL_SYNONYMS: Record<string, string> = {
  '12345热线': '12345', 市民热线: '12345', 热线: '12345', '12345市民服务热线': '12345', 电话: '12345',
  网络: '平台', 网站: '平台', 微信: '平台', APP: '平台', 信件: '来信', 走访: '来访',
};

/**
 * A free-text work order (12345 工单, letters): what the file has is the caller's words; who owes
 * whom comes from the text in the extract stage. The content is required.
 */
export function workOrderSchema(_units: AmountUnits) {
  return z.object({
    order_no: text(),
    received_on: date(),
    channel: oneOf(CHANNELS, CHANNEL_SYNONYMS, '工单来源', '其他'),
    street: text(),
    address: text(),
    order_type: text(),
    content: text().refine((v) => v !== null && v.length > 0, { message: '诉求内容为空' }),
    handling_unit: text(),
    caller_name: text(),
    caller_phone: phone(),
  });
}
