/**
 * Text that a spreadsheet would run as a formula (OWASP "CSV injection"): a leading = + - @, or a
 * tab or carriage return before one. Such text is prefixed with an apostrophe so Excel and WPS
 * show it as typed. Numbers are not text and pass through untouched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises one value for a csv or xlsx cell.
 * @example safeCell('=HYPERLINK("http://x","点我")') //=> "'=HYPERLINK(\"http://x\",\"点我\")"
 * @example safeCell(-5) //=> -5
 */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes one CSV field (RFC 4180) after neutralising it. @example csvField('a,"b"') //=> '"a,""b"""' */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const v = safeCell(typeof value === 'bigint' ? value.toString() : value);
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
