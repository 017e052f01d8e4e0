/**
 * Hide the birth date and sequence of a resident ID: first 6 and last 4 characters stay.
 * Anything that is not a 15- or 18-character ID keeps only its length, so a typo leaks nothing.
 * @example maskResidentId('310112199001011234') //=> '310112********1234'
 */
export function maskResidentId(input: unknown): string {
  const text = typeof input === 'string' ? input : typeof input === 'number' || typeof input === 'bigint' ? String(input) : '';
  const chars = [...text.normalize('NFKC').replace(/\s+/g, '')];
  if (chars.length === 18 || chars.length === 15) {
    return chars.slice(0, 6).join('') + '*'.repeat(chars.length - 10) + chars.slice(-4).join('');
  }
  return '*'.repeat(chars.length);
}
