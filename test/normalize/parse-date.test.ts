import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/normalize/parse-date.js';

const day = (date: string) => ({ ok: true, value: { date, precision: 'day' } });
const month = (date: string) => ({ ok: true, value: { date, precision: 'month' } });

describe('parseDate', () => {
  it.each<[unknown, string]>([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'], // serials after the fictitious 1900-02-29 are one day ahead
    [43831, '2020-01-01'],
    [45383, '2024-04-01'],
    [45383.999, '2024-04-01'], // the fraction is the time of day
    [73415, '2100-12-31'],
    [20240401, '2024-04-01'], // yyyymmdd typed into a number cell
    ['45383', '2024-04-01'],
    ['45383.5', '2024-04-01'],
    [new Date(Date.UTC(2024, 3, 1)), '2024-04-01'],
    [new Date(Date.UTC(2024, 3, 1, 23, 30)), '2024-04-01'], // 07:30 on 04-02 in Asia/Shanghai
    ['2024-04-01', '2024-04-01'],
    ['2024/4/1', '2024-04-01'],
    ['2024.4.1', '2024-04-01'],
    ['2024年4月1日', '2024-04-01'],
    ['2024年4月1号', '2024-04-01'],
    ['2024 年 4 月 1 日', '2024-04-01'],
    ['20240401', '2024-04-01'],
    ['2024-4-1 00:00:00', '2024-04-01'],
    ['2024-04-01 17:45', '2024-04-01'],
    ['2024-04-01T16:00:00.000Z', '2024-04-01'],
    ['2024年4月1日 10:30', '2024-04-01'],
    ['２０２４年４月１日', '2024-04-01'],
    ['２０２４－０４－０１', '2024-04-01'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('reads %j as the day %s', (value, date) => {
    expect(parseDate(value)).toEqual(day(date));
  });

  it.each([['2024年4月'], ['2024年4月份'], ['2024-04'], ['2024-4'], ['2024.04'], ['2024/04'], ['２０２４年４月']])(
    'reads %j as a month',
    (value) => {
      expect(parseDate(value)).toEqual(month('2024-04-01'));
    },
  );

  it.each<[unknown, string]>([
    [60, '日期不存在：60（Excel 序号 60 是不存在的 1900-02-29）'],
    [0, '无法识别的日期：0（Excel 日期序号从 1 开始）'],
    [-3, '无法识别的日期：-3（Excel 日期序号从 1 开始）'],
    [73416, '日期超出 1900–2100 年：73416'],
    [NaN, '无法识别的日期：NaN'],
    ['12345', '无法识别的日期：12345'], // five digits, but not a plausible serial
    ['90000', '无法识别的日期：90000'],
    ['2024-02-30', '日期不存在：2024-02-30（2024年2月只有29天）'],
    ['2023-02-29', '日期不存在：2023-02-29（2023年2月只有28天）'],
    ['2024-04-31', '日期不存在：2024-04-31（2024年4月只有30天）'],
    ['2024-13-01', '无法识别的日期：2024-13-01'],
    ['2024-00-10', '无法识别的日期：2024-00-10'],
    ['2024-13', '无法识别的日期：2024-13'],
    ['1899-12-31', '日期超出 1900–2100 年：1899-12-31'],
    ['2101-01-01', '日期超出 1900–2100 年：2101-01-01'],
    ['2024-04/01', '无法识别的日期：2024-04/01'],
    ['2024-04-01 25:00', '无法识别的日期：2024-04-01 25:00'],
    ['4/1/2024', '无法识别的日期：4/1/2024'], // month/day order is a guess
    ['24-4-1', '无法识别的日期：24-4-1'],
    [new Date(NaN), '无法识别的日期：无效的日期对象'],
    [true, '无法识别的日期：true'],
    [{}, '无法识别的日期：（对象）'],
    [null, '日期为空'],
    [undefined, '日期为空'],
    ...['', ' ', '—', '-', '/', '无', 'N/A', '暂无', '不详'].map((v): [string, string] => [v, '日期为空']),
  ])('rejects %j', (value, reason) => {
    expect(parseDate(value)).toEqual({ ok: false, reason });
  });
});

describe('parseDate properties', () => {
  const DAY_MS = 86_400_000;
  const first = Date.UTC(1900, 0, 1) / DAY_MS;
  const last = Date.UTC(2100, 11, 31) / DAY_MS;
  const anyDay = fc.integer({ min: first, max: last }).map((n) => new Date(n * DAY_MS));
  const pad = (n: number) => String(n).padStart(2, '0');
  const fullWidth = (s: string) => s.replace(/[0-9]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.double()), (value) => {
        const result = parseDate(value);
        if (result.ok) expect(result.value.date).toMatch(/^(19\d\d|20\d\d|2100)-\d\d-\d\d$/u);
      }),
    );
  });

  it('reads every supported style back to the same day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 86_399 }), (d, seconds) => {
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = `${y}-${pad(m)}-${pad(dd)}`;
        const time = new Date(seconds * 1000).toISOString().slice(11, 19);
        const styles = [
          iso, `${y}/${m}/${dd}`, `${y}.${m}.${dd}`, `${y}-${m}-${dd}`, `${y}年${m}月${dd}日`, `${y}年${m}月${dd}号`,
          `${y}${pad(m)}${pad(dd)}`, `${y}-${m}-${dd} ${time}`, `${iso}T${time}.000Z`, fullWidth(`${y}年${m}月${dd}日`),
          new Date(d.getTime() + seconds * 1000),
        ];
        for (const style of styles) expect(parseDate(style)).toEqual(day(iso));
        for (const style of [`${y}-${pad(m)}`, `${y}.${pad(m)}`, `${y}年${m}月`]) {
          expect(parseDate(style)).toEqual(month(`${y}-${pad(m)}-01`));
        }
      }),
    );
  });

  it('reads Excel serials as exceljs would turn them into Dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73415 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (serial, time) => {
        // exceljs: new Date(Math.round((serial - 25569) * 24 * 3600 * 1000)), 25569 being 1970-01-01
        const asDate = new Date(Math.round((serial + time - 25569) * DAY_MS));
        expect(parseDate(serial + time)).toEqual(parseDate(asDate));
        if (serial >= 20_000) expect(parseDate(String(serial))).toEqual(parseDate(asDate));
      }),
    );
  });

  it('gives consecutive serials consecutive days, skipping only serial 60', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 73414 }), (serial) => {
        const next = serial === 59 ? 61 : serial + 1;
        const a = parseDate(serial);
        const b = parseDate(next);
        if (!a.ok || !b.ok) throw new Error(`serial ${serial} not read`);
        expect(Date.parse(b.value.date) - Date.parse(a.value.date)).toBe(DAY_MS);
      }),
    );
  });
});
