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
