/**
 * Where a command's words go: logs and progress to stderr, results to stdout. With `--json`
 * stdout carries exactly one JSON document, so scripts can pipe it.
 */
export interface Output {
  readonly json: boolean;
  /** A line for people (stderr when --json, else stdout). */
  say(line: string): void;
  /** A warning or error line, always stderr. */
  warn(line: string): void;
  /** The command's result: printed as JSON with --json, else by `human`. */
  result(data: unknown, human: () => void): void;
}

/** Serialises BIGINT and Date values that DuckDB hands back. */
export function toJson(data: unknown): string {
  return JSON.stringify(
    data,
    (_k, v) => (typeof v === 'bigint' ? (Number.isSafeInteger(Number(v)) ? Number(v) : v.toString()) : v),
    2,
  );
}

/** @example createOutput(false).say('ok') // prints "ok" */
export function createOutput(json: boolean): Output {
  return {
    json,
    say(line) {
      (json ? process.stderr : process.stdout).write(line + '\n');
    },
    warn(line) {
      process.stderr.write(line + '\n');
    },
    result(data, human) {
      if (json) process.stdout.write(toJson(data) + '\n');
      else human();
    },
  };
}
