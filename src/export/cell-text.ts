/**
 * The canonical text of a workbook cell value, for comparing what an export wrote with what came
 * back: text as is, numbers in JS spelling, dates as their UTC day (exceljs reads and writes dates
 * as UTC), rich text and hyperlinks as their text, formulas as their cached result.
 * @example cellText(new Date(Date.UTC(2026, 3, 20))) //=> '2026-04-20'
 * @example cellText({ richText: [{ text: '上海' }, { text: '建工' }] }) //=> '上海建工'
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: string }[]; text?: unknown; result?: unknown; formula?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}
