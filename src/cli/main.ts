import '../ingest/exceljs-utf8-fix.js'; // must precede any import of exceljs
import { CommanderError } from 'commander';
import { PipelineError } from '../pipeline-error.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { buildProgram } from './program.js';

// `arrears … | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof PipelineError) {
      process.stderr.write(`错误：${err.message}\n`);
      return exitCodeFor(err);
    }
    process.stderr.write(`内部错误（请把以下信息报告给维护者）：\n${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT.usage;
  }
}

process.exitCode = await main(process.argv);
