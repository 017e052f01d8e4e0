import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** Writes a workbook built by `build` with exceljs, as a street office's Excel would save it. */
export async function writeWorkbook(path: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Writes CSV text in the given encoding, with an optional UTF-8 BOM and CRLF line ends. */
export function writeCsv(path: string, lines: readonly string[], encoding: 'utf-8' | 'gbk', bom = false): string {
  const text = lines.join('\r\n') + '\r\n';
  const body = encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
  writeFileSync(path, bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body);
  return path;
}

/**
 * A survey sheet with every quirk the street offices produce: a title, the 填报单位/单位：万元 line,
 * a two-row merged header, section rows, a formula, a subtotal and total, dates as serials, text
 * and Date cells, placeholders, notes and a signature line under the data.
 */
export function quirkySurveySheet(wb: ExcelJS.Workbook, unitName = '闵行区七宝镇人民政府'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('摸排台账');
  ws.addRow(['闵行区2026年4月拖欠中小企业账款摸排台账（七宝镇）']);
  ws.mergeCells('A1:L1');
  ws.addRow([`填报单位：${unitName}`, null, null, null, null, null, '填报日期：2026年4月15日', null, null, null, '单位：万元']);
  ws.addRow(['序号', '欠款方（债务人）', null, '中小企业（债权人）', null, '欠款类型', '欠款金额', null, null, '欠款形成\n时间', '计划清偿时间', '备注']);
  ws.addRow([null, '名称', '统一社会信用代码', '名称', '企业规模', null, '合计', '其中：无分歧', '其中：有分歧', null, null, null]);
  ws.mergeCells('B3:C3');
  ws.mergeCells('D3:E3');
  ws.mergeCells('G3:I3');
  for (const c of ['A', 'F', 'J', 'K', 'L']) ws.mergeCells(`${c}3:${c}4`);
  ws.addRow(['一、机关事业单位']);
  ws.addRow([1, '上海市闵行区教育局', '11310112002423836E', '上海安昊建材有限公司', '小型', '货款', { formula: 'H6+I6', result: 12.5 }, 10, 2.5, 45383, '2026年12月', '—']);
  ws.addRow([2, '闵行区七宝镇人民政府', null, '上海启辉建筑装饰工程有限公司', '微型', '工程款', 3.1416, 3.1416, 0, new Date(Date.UTC(2025, 5, 30)), '待定', '/']);
  ws.addRow(['小计', null, null, null, null, null, { formula: 'SUM(G6:G7)', result: 15.6416 }]);
  ws.addRow(['二、国有企业']);
  ws.addRow([3, '上海建工集团股份有限公司', '91310000132149237G', '上海远正信息科技有限公司', '中型', '服务款', -5, null, null, '2025.03', null, null]);
  ws.addRow([4, '', null, '上海悦科建筑装饰工程有限公司', '小型', '工程款', 8, 8, 0, '2025-02-30', null, null]);
  ws.addRow(['合计', null, null, null, null, null, { formula: 'SUM(G8,G10:G11)', result: 18.6416 }]);
  ws.addRow(['  ']); // a cell holding only spaces: blank to a clerk
  ws.addRow(['填表说明：1. 金额单位为万元，保留四位小数；2. 已全部清偿的不再填报。']);
  ws.addRow(['填表人：张三', null, null, '审核人：李四', null, null, '联系电话：021-64123456']);
  return ws;
}
