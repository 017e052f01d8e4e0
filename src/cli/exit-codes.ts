import { PipelineError, type PipelineErrorCode } from '../pipeline-error.js';

/** 0 all went well; 1 some input failed (the rest was processed); 2 usage or environment error. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

const INPUT_CODES: readonly PipelineErrorCode[] = ['FILE_UNREADABLE', 'HEADER_NOT_FOUND', 'MISSING_COLUMNS'];

/** The exit code for an error that stopped a command. */
export function exitCodeFor(err: unknown): number {
  if (err instanceof PipelineError && INPUT_CODES.includes(err.code)) return EXIT.inputFailed;
  return EXIT.usage;
}
