/**
 * The shape every report format is written from: tables of plain cells, built once from the
 * summary_* views. Counts and amounts are integers (amounts in fen); a cell hidden for publicity
 * holds the marker text instead of its number.
 */
export type ReportCell = string | number | null;

/** text: words; count: an integer count; fen: money in integer fen (shown as 元 or 万元); date: YYYY-MM-DD. */
export type ReportColumnType = 'text' | 'count' | 'fen' | 'date';

export interface ReportColumn {
  /** Machine name (json keys, chart fields). */
  readonly key: string;
  /** Chinese header without unit; writers append （元） or （万元） to money columns. */
  readonly header: string;
  readonly type: ReportColumnType;
}

/** Cells hidden together in a publicity table when `count` is small (one column group). */
export interface SuppressionGroup {
  /** The column counting cases that decides. */
  readonly count: string;
  /** Every column of the group, the count included. */
  readonly cells: readonly string[];
}

export interface ReportTable {
  /** ASCII id: csv file name, json key, chart source. */
  readonly id: string;
  /** Chinese title (sheet name, section heading). */
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly Readonly<Record<string, ReportCell>>[];
  /** The 合计 row, or null when a total would not mean anything. */
  readonly total: Readonly<Record<string, ReportCell>> | null;
  readonly notes: readonly string[];
  /** Present only in tables fit for joint publicity (宣传共推): no names, no person data. */
  readonly suppression?: readonly SuppressionGroup[];
}

export interface Report {
  readonly period: string;
  /** Anonymised joint-publicity edition with small cells suppressed. */
  readonly publicity: boolean;
  /** When the report was made, ISO 8601 in Asia/Shanghai time (…+08:00). */
  readonly generatedAt: string;
  readonly title: string;
  readonly tables: readonly ReportTable[];
  readonly notes: readonly string[];
}

/** Marker for a count below the threshold. */
export const SUPPRESSED_SMALL = '<3';
/** Marker for a hidden amount, or a cell hidden to protect another one. */
export const SUPPRESSED_HIDDEN = '—';
