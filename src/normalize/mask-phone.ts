import { normalizePhone } from './normalize-phone.js';

/**
 * Hide the middle of a phone number: a mobile keeps its first 3 and last 4 digits, a landline its
 * area code and last 4. Output uses the canonical spelling; unreadable input keeps only its length.
 * @example maskPhone('138 1234 5678') //=> '138****5678'
 * @example maskPhone('021-64123456') //=> '021-****3456'
 */
export function maskPhone(input: unknown): string {
  const parsed = normalizePhone(input);
  if (!parsed.ok) {
    const text = typeof input === 'string' ? input.trim() : '';
    return '*'.repeat([...text].length);
  }
  const { phone, kind } = parsed.value;
  if (kind === 'mobile') return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  const dash = phone.indexOf('-');
  const local = phone.slice(dash + 1);
  return `${phone.slice(0, dash + 1)}${'*'.repeat(local.length - 4)}${local.slice(-4)}`;
}
