import type { SourceKind } from '../../schemas/header-aliases.js';
import { complaintSchema } from '../../schemas/complaint-schema.js';
import { surveySchema, type AmountUnits } from '../../schemas/survey-schema.js';
import { wageLeadSchema } from '../../schemas/wage-lead-schema.js';
import { workOrderSchema } from '../../schemas/work-order-schema.js';
import { toStgRow, type Provenance } from '../validate/to-stg-row.js';
import { rowValidator, type RowReject, type RowSchema } from '../validate/validate-row.js';
import { classifyRow, type SkipKind } from './classify-row.js';
import type { FoundHeader } from './find-header.js';
import type { Preamble } from './read-preamble.js';
import type { RawRow } from './raw-row.js';

/** What became of one row read from a file. */
export type RowResult =
  | { readonly disposition: 'accepted'; readonly row: RawRow; readonly rowNumber: number; readonly record: Record<string, unknown> }
  | { readonly disposition: 'rejected'; readonly row: RawRow; readonly rowNumber: number; readonly rejects: readonly RowReject[] }
  | { readonly disposition: 'skipped'; readonly row: RawRow; readonly rowNumber: number; readonly kind: SkipKind };

export interface SheetContext {
  readonly fileId: number;
  readonly sha256: string;
  readonly sheetIndex: number;
  readonly isCsv: boolean;
  readonly period: string | null;
  readonly reportingUnit: string | null;
}

const SCHEMAS: Record<SourceKind, (units: AmountUnits) => RowSchema> = {
  survey: surveySchema as unknown as (u: AmountUnits) => RowSchema,
  complaint: complaintSchema as unknown as (u: AmountUnits) => RowSchema,
  wage_lead: wageLeadSchema as unknown as (u: AmountUnits) => RowSchema,
  work_order: workOrderSchema as unknown as (u: AmountUnits) => RowSchema,
};

/** What validating one sheet's rows needs, fixed once its header is known. */
export interface SheetRules {
  /** The source's zod schema, built with the sheet's amount units. */
  readonly schema: RowSchema;
  /** Header labels (whitespace removed) that mark a repeated header row. */
  readonly labels: ReadonlySet<string>;
}

/**
 * The schema and header labels for a sheet: each amount column takes its own unit, else the
 * sheet's 单位 line, else the amount owed column's, else any column's.
 */
export function sheetRules(header: FoundHeader, preamble: Preamble): SheetRules {
  const { match } = header;
  // A sub-column (其中：无分歧) rarely repeats the unit its group or the amount owed column states.
  const owedUnit = match.columns.find((c) => c.field === 'amount_owed' || c.field === 'amount_claimed')?.unit;
  const anyUnit = match.columns.find((c) => c.unit)?.unit;
  const units: Record<string, string> = {};
  for (const c of match.columns) {
    const unit = c.unit ?? preamble.unit ?? owedUnit ?? anyUnit;
    if (unit) units[c.field] = unit;
  }
  const schema = SCHEMAS[match.source](units as AmountUnits);
  const labels = new Set(match.labels.map((l) => l.replace(/\s+/g, '')).filter(Boolean));
  for (const c of match.columns) labels.add(c.label.replace(/\s+/g, ''));
  return { schema, labels };
}

/**
 * Turns the data rows of one sheet, once its header is known, into row results. Built once per
 * sheet (schema and units fixed), then called row by row.
 */
export function sheetRowParser(header: FoundHeader, preamble: Preamble, ctx: SheetContext, headerRowNumber: number) {
  const { match } = header;
  const { schema, labels } = sheetRules(header, preamble);
  const validate = rowValidator(schema, match.columns);
  return (row: RawRow): RowResult => {
    // A CSV's row number is its data line, header excluded; a sheet's is the sheet row.
    const rowNumber = ctx.isCsv ? row.rowNumber - headerRowNumber : row.rowNumber;
    const kind = classifyRow(row.cells, labels);
    if (kind !== 'data') return { disposition: 'skipped', row, rowNumber, kind };
    const outcome = validate(row.cells);
    if (!outcome.ok) return { disposition: 'rejected', row, rowNumber, rejects: outcome.rejects };
    const provenance: Provenance = {
      record_id: `${ctx.sha256.slice(0, 12)}-${ctx.sheetIndex}-${rowNumber}`,
      file_id: ctx.fileId,
      sheet: row.sheet,
      row_number: rowNumber,
      period: ctx.period,
      reporting_unit: ctx.reportingUnit,
    };
    return { disposition: 'accepted', row, rowNumber, record: toStgRow(match.source, outcome.value, provenance) };
  };
}
