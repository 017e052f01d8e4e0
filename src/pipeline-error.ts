/** The closed list of things that can stop a command. Each maps to an exit code in the CLI. */
export type PipelineErrorCode =
  | 'DB_LOCKED'
  | 'DB_OPEN_FAILED'
  | 'CONFIG_INVALID'
  | 'USAGE'
  | 'FILE_UNREADABLE'
  | 'HEADER_NOT_FOUND'
  | 'MISSING_COLUMNS'
  | 'CALENDAR_YEAR_MISSING'
  | 'MIGRATION_FAILED'
  | 'ID_CLASH';

/**
 * The pipeline's one error class. The message names the offending value and says what to do;
 * `context` carries the fields a caller may want to print or log.
 */
export class PipelineError extends Error {
  readonly code: PipelineErrorCode;
  readonly context: Readonly<Record<string, unknown>>;

  constructor(code: PipelineErrorCode, message: string, context: Record<string, unknown> = {}) {
    super(message);
    this.name = 'PipelineError';
    this.code = code;
    this.context = context;
  }
}
