/** Two-character surnames common enough that masking after one character would expose a given-name character as surname. */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐',
  '夏侯', '长孙', '宇文', '轩辕', '端木', '申屠', '司徒', '澹台', '呼延',
];

// Separators in transliterated minority and foreign names (买买提·艾力) stay visible so the shape reads right.
const SEPARATOR = /[\s·•・.\-]/;

/**
 * Keep the surname, star the given name. A one-character value is kept: it is a surname alone.
 * @example maskPersonName('张三') //=> '张*'
 * @example maskPersonName('欧阳娜娜') //=> '欧阳**'
 */
export function maskPersonName(input: unknown): string {
  if (typeof input !== 'string') return '';
  const chars = [...input.normalize('NFKC').trim()];
  if (chars.length <= 1) return chars.join('');
  // A two-character name starting with 欧阳 is more likely 欧 + 阳 than a bare compound surname.
  const surnameLength = chars.length >= 3 && COMPOUND_SURNAMES.includes(chars[0]! + chars[1]!) ? 2 : 1;
  const rest = chars.slice(surnameLength).map((c) => (SEPARATOR.test(c) ? c : '*'));
  return chars.slice(0, surnameLength).join('') + rest.join('');
}
