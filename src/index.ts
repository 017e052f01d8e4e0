/**
 * The library API for scripts. Everything exported here is supported; anything else is internal.
 * The DuckDB views (records_v, rejects_v, files_v, …) are the other public interface: see README.
 */
import './ingest/exceljs-utf8-fix.js'; // must precede any import of exceljs
export type { Result } from './normalize/result.js';
export { PipelineError, type PipelineErrorCode } from './pipeline-error.js';

export { normalizeUscc, usccCheckChar, type Uscc, type UsccBodyType } from './normalize/normalize-uscc.js';
export { validateResidentId, type ResidentId } from './normalize/validate-resident-id.js';
export { maskResidentId } from './normalize/mask-resident-id.js';
export { maskPhone } from './normalize/mask-phone.js';
export { maskPersonName } from './normalize/mask-person-name.js';
export { normalizePhone, type Phone } from './normalize/normalize-phone.js';
export { normalizeText } from './normalize/normalize-text.js';
export { normalizeEnterpriseName, type EnterpriseName } from './normalize/normalize-enterprise-name.js';
export { parseAmount, formatFen, type AmountUnit, type ParseAmountOptions } from './normalize/parse-amount.js';
export { toChineseUpper } from './normalize/chinese-numeral.js';
export { parseDate, type ParsedDate, type DatePrecision } from './normalize/parse-date.js';
export { matchStreet, type StreetMatch } from './normalize/match-street.js';
export { classifyDebtor, type DebtorClass } from './normalize/classify-debtor.js';
export { isWorkingDay, addWorkingDays, workingDaysBetween, calendarYears } from './normalize/working-days.js';

export { openStore, resolveDbPath, DEFAULT_DB_PATH, type Store, type OpenStoreOptions } from './store/open-store.js';
export { ingestFiles, type FileOutcome, type IngestOptions } from './ingest/ingest-files.js';
export { listInputFiles } from './ingest/list-input-files.js';

export { resolveAll, type ResolveSummary } from './resolve/resolve-all.js';
export { routeAll, type RouteSummary } from './route/route-all.js';
export { applyTransferAction, type ActionResult } from './route/apply-transfer-action.js';
export { nextStatus, type TransferStatus, type TransferAction } from './route/transfer-lifecycle.js';
export { extractComplaint, type ExtractComplaintOptions } from './extract/extract-complaint.js';
export type { Extraction } from './extract/extraction.js';
export { buildEnterpriseDictionary } from './extract/enterprise-dictionary.js';
export { maskComplaintText } from './extract/mask-complaint-text.js';
export { needsReview, REVIEW_THRESHOLD } from './extract/needs-review.js';
export { exportReviewWorkbook } from './export/export-review-workbook.js';
export { importReviewWorkbook } from './export/import-review-workbook.js';
export { exportShareRegistry } from './export/export-share-registry.js';
export { buildReport } from './export/report-build.js';
export { writeReport, REPORT_FORMATS, type ReportFormat } from './export/report-write.js';
export { safeCell } from './export/safe-cell.js';
