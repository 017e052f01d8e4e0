import type { CellValue, RawRow } from './raw-row.js';
import {
  APOS, BANG, BOOLEAN, DATE, ERROR, NUMBER, QUESTION, QUOT, SHARED, SLASH, TEXT, attribute, columnAt, decodeEntities,
  digitsAt, isNameEnd, localStart, nameEndAt, tagEnd, typeAt, unescapeOoxml, type CellType,
} from './xml-scan.js';

/**
 * Turns one worksheet's XML into rows, chunk by chunk, without building an event per tag: the
 * sheet part is most of a workbook's bytes, and a general SAX parser's event objects cost more
 * than the rows themselves. It reads what a SAX reader would (entities, CR LF → LF, CDATA,
 * comments, namespace prefixes such as `x:row`) and keeps only rows and their cells. Cells keep
 * Excel's types: shared and inline strings, cached formula results, errors as their text ('#N/A'),
 * booleans, ISO dates (`t="d"`), and numbers, which become a Date (read as UTC) where the cell's
 * style shows a date. Empty strings are null; trailing empty cells are left off.
 *
 * @example
 * const decoder = new SheetRowDecoder('台账', [], [false], false);
 * decoder.feed('<sheetData><row r="2"><c r="B2" t="str"><v>某某公司</v></c></row>');
 * //=> [ { sheet: '台账', rowNumber: 2, cells: [ null, '某某公司' ] } ]
 */
export class SheetRowDecoder {
  /** Markup not yet complete at the end of the last chunk. */
  private rest = '';
  private cells: CellValue[] | null = null;
  private rowNumber = 0;
  private col = 0;
  private type: CellType = NUMBER;
  private style = 0;
  private text = '';
  private hasValue = false;
  private capture = false;
  private inline = false;
  private phonetic = false;

  constructor(
    private readonly sheet: string,
    private readonly strings: readonly string[],
    private readonly dateStyles: readonly boolean[],
    private readonly date1904: boolean,
  ) {}

  /** The rows completed by this chunk of XML text. */
  feed(chunk: string): RawRow[] {
    const s = this.rest.length > 0 ? this.rest + chunk : chunk;
    const rows: RawRow[] = [];
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text running past the chunk: keep it only if it is part of a value.
        i = this.capture ? i : n;
        break;
      }
      if (lt > i && this.capture) this.addText(s.slice(i, lt));
      const next = lt + 1 < n ? s.charCodeAt(lt + 1) : -1;
      let end: number;
      if (next === SLASH) {
        end = s.indexOf('>', lt + 2);
        if (end >= 0) this.close(s, lt + 2, end, rows);
      } else if (next === QUESTION) {
        end = s.indexOf('?>', lt + 2);
        if (end >= 0) end++;
      } else if (next === BANG) {
        end = this.special(s, lt);
      } else if (next < 0) {
        end = -1;
      } else if (next === 0x63 /* c */ && this.cells !== null && isNameEnd(s.charCodeAt(lt + 2))) {
        end = this.cell(s, lt);
      } else {
        end = tagEnd(s, lt + 1);
        if (end >= 0) {
          const nameEnd = nameEndAt(s, lt + 1);
          this.open(s, lt + 1, nameEnd, end);
          if (s.charCodeAt(end - 1) === SLASH) this.close(s, lt + 1, nameEnd, rows);
        }
      }
      if (end < 0) {
        i = lt;
        break;
      }
      i = end + 1;
    }
    this.rest = i < n ? s.slice(i) : '';
    return rows;
  }

  /**
   * A cell tag, and when the whole cell is here as Excel writes it (`<c …>`, `<c …/>` or
   * `<c …><v>…</v></c>`) the cell itself; anything else goes the general way. Returns where the
   * markup read ends, or -1 when the tag is not complete yet.
   */
  private cell(s: string, lt: number): number {
    const end = tagEnd(s, lt + 1);
    if (end < 0) return -1;
    this.openCell(s, lt + 2, end);
    if (s.charCodeAt(end - 1) === SLASH) return end; // empty: only moves the column on
    if (s.startsWith('<v>', end + 1)) {
      const close = s.indexOf('<', end + 4);
      if (close >= 0 && s.startsWith('</v></c>', close)) {
        this.hasValue = true;
        this.text = '';
        this.addText(s.slice(end + 4, close));
        this.closeCell();
        return close + 7;
      }
    }
    return end;
  }

  /** Call after the last chunk: markup cut off mid-tag or mid-row means a damaged sheet. */
  end(): void {
    if (this.rest.trim() !== '' || this.cells !== null) throw new Error('工作表 XML 不完整');
  }

  /** Comments are skipped, CDATA is text, a DOCTYPE is skipped; -1 while the end is not here yet. */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 2;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.capture) this.text += s.slice(lt + 9, end).replace(/\r\n?/g, '\n');
      return end + 2;
    }
    if (s.length - lt < 9) return -1; // cannot tell which yet
    return s.indexOf('>', lt + 2);
  }

  private addText(raw: string): void {
    let t = raw;
    if (t.indexOf('\r') >= 0) t = t.replace(/\r\n?/g, '\n');
    if (t.indexOf('&') >= 0) t = decodeEntities(t);
    this.text = this.text === '' ? t : this.text + t;
  }

  private open(s: string, from: number, nameEnd: number, end: number): void {
    const local = localStart(s, from, nameEnd);
    const length = nameEnd - local;
    const c0 = s.charCodeAt(local);
    if (length === 1) {
      if (c0 === 0x63 /* c */) this.openCell(s, nameEnd, end);
      else if (c0 === 0x76 /* v */) {
        this.capture = this.hasValue = true;
        this.text = '';
      } else if (c0 === 0x74 /* t */) this.capture = this.inline && !this.phonetic;
    } else if (length === 3 && s.startsWith('row', local)) {
      // `r` is optional in the format: without it a row follows the previous one.
      const r = attribute(s, nameEnd, end, 0x72);
      this.rowNumber = r >= 0 ? digitsAt(s, r) : this.rowNumber + 1;
      this.cells = [];
      this.col = 0;
    } else if (length === 2 && s.startsWith('is', local)) {
      this.inline = this.hasValue = true;
      this.text = '';
    } else if (length === 3 && s.startsWith('rPh', local)) {
      this.phonetic = true;
    }
  }

  private openCell(s: string, from: number, end: number): void {
    let col = this.col + 1;
    this.type = NUMBER;
    this.style = 0;
    // One pass over the attributes; only the one-letter r (reference), s (style) and t (type) matter.
    let i = from;
    while (i < end) {
      const eq = s.indexOf('=', i);
      if (eq < 0 || eq >= end) break;
      let k = eq - 1;
      while (k > i && s.charCodeAt(k) <= 0x20) k--;
      let q = eq + 1;
      while (q < end && s.charCodeAt(q) !== QUOT && s.charCodeAt(q) !== APOS) q++;
      const close = s.indexOf(s[q]!, q + 1);
      if (close < 0) break;
      if (k === i || s.charCodeAt(k - 1) <= 0x20) {
        const name = s.charCodeAt(k);
        if (name === 0x72 /* r */) col = columnAt(s, q + 1) || col;
        else if (name === 0x73 /* s */) this.style = digitsAt(s, q + 1);
        else if (name === 0x74 /* t */) this.type = typeAt(s, q + 1, close);
      }
      i = close + 1;
    }
    this.col = col;
    this.text = '';
    this.hasValue = false;
  }

  private close(s: string, from: number, nameEnd: number, rows: RawRow[]): void {
    let stop = nameEnd;
    while (stop > from && s.charCodeAt(stop - 1) <= 0x20) stop--;
    const local = localStart(s, from, stop);
    const length = stop - local;
    const c0 = s.charCodeAt(local);
    if (length === 1) {
      if (c0 === 0x63 /* c */) this.closeCell();
      else if (c0 === 0x76 /* v */ || c0 === 0x74 /* t */) this.capture = false;
    } else if (length === 3 && s.startsWith('row', local)) {
      if (this.cells) rows.push({ sheet: this.sheet, rowNumber: this.rowNumber, cells: this.cells });
      this.cells = null;
    } else if (length === 2 && s.startsWith('is', local)) {
      this.inline = false;
    } else if (length === 3 && s.startsWith('rPh', local)) {
      this.phonetic = false;
    }
  }

  private closeCell(): void {
    const cells = this.cells;
    if (!cells || !this.hasValue) return;
    const value = this.value();
    if (value === null) return;
    const i = this.col - 1;
    // Only non-empty cells extend the row, so trailing empties never appear.
    while (cells.length < i) cells.push(null);
    cells[i] = value;
  }

  private value(): CellValue {
    const text = this.text;
    switch (this.type) {
      case SHARED: return this.strings[parseInt(text, 10)] || null;
      case TEXT: return text === '' ? null : unescapeOoxml(text);
      case ERROR: return text; // '#N/A', '#DIV/0!', … whether typed in or a formula's cached result
      case BOOLEAN: return text === '1' || text === 'true';
      case DATE: { const date = new Date(text); return Number.isNaN(date.getTime()) ? text : date; }
    }
    if (text === '') return null; // a formula never calculated has no cached result
    const n = Number(text);
    if (Number.isNaN(n)) return text;
    if (!this.dateStyles[this.style]) return n;
    const date = new Date(Math.round((n - 25569 + (this.date1904 ? 1462 : 0)) * 86_400_000));
    // A serial no calendar holds (1e20 in a date-formatted cell) stays a number, for the date rule to refuse.
    return Number.isNaN(date.getTime()) ? n : date;
  }
}
