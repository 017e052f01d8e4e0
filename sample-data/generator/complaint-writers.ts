import ExcelJS from 'exceljs';
import { newComplaint, type ComplaintPools, type ComplaintRecord } from './complaint-records.js';
import { utcDate } from './dates.js';
import type { TruthWriter } from './ground-truth.js';
import type { Random } from './random.js';
import { drained, HEADER_STYLE, TITLE_STYLE, setRow } from './sheet-writing.js';
import type { MatterContext } from './sme-matters.js';
import { csvLine, TextSink } from './text-sink.js';

export const COMPLAINT_CSV_HEADER = ['投诉编号', '登记日期', '投诉渠道', '投诉企业名称', '投诉企业统一社会信用代码', '企业规模',
  '联系人', '联系电话', '被投诉单位名称', '被投诉单位统一社会信用代码', '被投诉单位类型', '投诉金额（元）', '诉求内容', '承办单位', '办理状态'];
export const LETTERS_HEADER = ['信访编号', '来信来访日期', '渠道', '反映企业（单位）', '被反映单位', '反映金额（元）', '主要诉求',
  '联系人', '联系方式', '办理情况'];

export interface CsvTarget {
  readonly path: string;
  readonly file: string;
  readonly rows: number;
}

/** The complaint register as the platform exports it: GBK, CRLF, quoted only where needed. Streams. */
export async function writeComplaintsCsv(t: CsvTarget, rng: Random, ctx: MatterContext, pools: ComplaintPools, truth: TruthWriter): Promise<void> {
  const sink = TextSink.open(t.path, 'gbk');
  await sink.write(csvLine(COMPLAINT_CSV_HEADER, '\r\n'));
  for (let i = 1; i <= t.rows; i++) {
    const c = newComplaint(rng, ctx, pools, 'all', 'text');
    await sink.write(csvLine([c.number, c.receivedOn as string, c.channel, c.complainant, c.complainantUscc, c.size,
      c.contact, c.phone, c.respondent, c.respondentUscc, c.respondentType, c.amount, c.content, c.handler, c.status], '\r\n'));
    await truth.add(t.file, '', i, c.truth);
  }
  await sink.close();
}

/** The letters-and-visits register (来信来访登记): its own header spellings, no USCC columns. */
export async function writeLettersRegister(t: CsvTarget, rng: Random, ctx: MatterContext, pools: ComplaintPools, truth: TruthWriter): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: t.path, useStyles: true, useSharedStrings: true });
  wb.created = utcDate({ y: ctx.period.year, m: ctx.period.month, d: 28 });
  wb.modified = wb.created;
  const ws = wb.addWorksheet('登记表', { views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }] });
  ws.columns = [16, 14, 8, 30, 30, 14, 60, 10, 14, 12].map((width) => ({ width }));
  setRow(ws, 1, [`${ctx.period.year}年${ctx.period.month}月来信来访登记表`], TITLE_STYLE);
  ws.mergeCells(1, 1, 1, LETTERS_HEADER.length);
  setRow(ws, 2, LETTERS_HEADER, HEADER_STYLE).commit();
  for (let i = 0; i < t.rows; i++) {
    const r = i + 3;
    const c: ComplaintRecord = newComplaint(rng, ctx, pools, 'letters', 'date');
    setRow(ws, r, [c.number, c.receivedOn, c.channel, c.complainant || null, c.respondent || null, c.amount, c.content,
      c.contact, c.phone, letterStatus(c.status, c.truth.kind)], undefined, 'yyyy/m/d').commit();
    // The register has no USCC columns, so USCC quirks in the note would describe nothing written.
    const note = c.truth.note.split(';').filter((tag) => tag !== '' && !tag.includes('_uscc=')).join(';');
    await truth.add(t.file, '登记表', r, { ...c.truth, note });
    if (r % 256 === 0) await drained(ws);
  }
  ws.commit();
  await wb.commit();
}

function letterStatus(status: string, kind: string): string {
  if (status === '已办结') return '已办结';
  if (kind === 'wage_arrears' && status === '办理中') return '已转区人社局';
  return status === '受理' ? '已受理' : '办理中';
}
