/**
 * Tells UTF-8 from GB18030 (which covers GBK and GB2312) by the first bytes of a text file: a
 * UTF-8 byte-order mark or bytes that are valid UTF-8 throughout mean UTF-8, anything else
 * GB18030. Pure ASCII is UTF-8. A multi-byte character cut off by the end of the sample still
 * counts as valid, since the sample is usually a slice of a longer file. Whether the bytes are
 * text at all is the caller's question.
 *
 * @example
 * detectEncoding(new TextEncoder().encode('欠款')) //=> 'utf-8'
 * detectEncoding(new Uint8Array([0xc7, 0xb7, 0xbf, 0xee])) //=> 'gb18030' ('欠款' in GBK)
 */
export function detectEncoding(bytes: Uint8Array): 'utf-8' | 'gb18030' {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return isUtf8(bytes) ? 'utf-8' : 'gb18030';
}

/** Strict UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF), tolerant of a cut-off tail. */
function isUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    // The first continuation byte has a narrower range for some lead bytes (RFC 3629 table).
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return false;
    for (let k = 1; k < length; k++) {
      if (i + k >= n) return true; // the sample ends mid-character
      const c = bytes[i + k]!;
      if (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf) return false;
    }
    i += length;
  }
  return true;
}
