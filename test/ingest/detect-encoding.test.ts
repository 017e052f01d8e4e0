import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/ingest/detect-encoding.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const gbk = (s: string): Uint8Array => iconv.encode(s, 'gbk');

describe('detectEncoding', () => {
  it('calls ASCII, empty input and anything after a UTF-8 BOM UTF-8', () => {
    expect(detectEncoding(utf8('name,phone\r\n1,0571\r\n'))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array(0))).toBe('utf-8');
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...gbk('欠款企业')]))).toBe('utf-8');
  });

  it('tells UTF-8 Chinese from GBK and GB18030', () => {
    expect(detectEncoding(utf8('企业名称,欠款金额\n上海𠀀公司,1\n'))).toBe('utf-8');
    expect(detectEncoding(Uint8Array.from([0xc7, 0xb7, 0xbf, 0xee]))).toBe('gb18030'); // '欠款' in GBK
    expect(detectEncoding(gbk('企业名称,欠款金额\n'))).toBe('gb18030');
    expect(detectEncoding(iconv.encode('䶮𠀀', 'gb18030'))).toBe('gb18030');
    // '联通' in GBK (c1 aa cd a8) fooled Notepad's loose check; c1 can never lead in strict UTF-8.
    expect(detectEncoding(gbk('联通'))).toBe('gb18030');
  });

  it('rejects overlong forms, surrogates and code points past U+10FFFF', () => {
    for (const bytes of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0x80]]) {
      expect(detectEncoding(Uint8Array.from([0x61, ...bytes, 0x62])), bytes.join(' ')).toBe('gb18030');
    }
  });

  it('accepts a character cut off by the end of the sample, but not a broken one', () => {
    const bytes = utf8('金额');
    expect(detectEncoding(bytes.subarray(0, 4))).toBe('utf-8'); // 金 + first byte of 额
    expect(detectEncoding(bytes.subarray(0, 5))).toBe('utf-8');
    expect(detectEncoding(Uint8Array.from([0xe9, 0x87, 0x61]))).toBe('gb18030'); // cut short mid-sample
  });

  it('calls every UTF-8 text, and every prefix of it, UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(), (text, cut) => {
        const bytes = utf8(text);
        expect(detectEncoding(bytes)).toBe('utf-8');
        expect(detectEncoding(bytes.subarray(0, cut % (bytes.length + 1)))).toBe('utf-8');
      }),
    );
  });
});
