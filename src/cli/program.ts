import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerCase } from './commands/case-command.js';
import { registerComplaints } from './commands/complaints-command.js';
import { registerIngest } from './commands/ingest-command.js';
import { registerInit } from './commands/init-command.js';
import { registerReport } from './commands/report-command.js';
import { registerResolve } from './commands/resolve-command.js';
import { registerReview } from './commands/review-command.js';
import { registerRoute } from './commands/route-command.js';
import { registerRun } from './commands/run-command.js';
import { registerSchedule } from './commands/schedule-command.js';
import { registerShare } from './commands/share-command.js';
import { registerStart } from './commands/start-command.js';
import { projectPath } from '../project-root.js';

const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };

/** Builds the `arrears` command tree. Exported so tests can inspect it without a child process. */
export function buildProgram(): Command {
  const program = new Command('arrears')
    .description('拖欠中小企业账款与欠薪线索联动处置数据管道 (arrears investigation pipeline)')
    .version(pkg.version, '-V, --version')
    .option('--db <path>', '数据库文件 (DuckDB file; default ARREARS_DB or data/arrears.duckdb)')
    .option('--config <path>', '配置文件 (config file)', 'arrears.config.json')
    .option('--json', '在标准输出打印 JSON，日志写到标准错误 (machine output on stdout)')
    .showHelpAfterError()
    .exitOverride();
  registerInit(program);
  registerIngest(program);
  registerResolve(program);
  registerCase(program);
  registerComplaints(program);
  registerRoute(program);
  registerReview(program);
  registerShare(program);
  registerReport(program);
  registerRun(program);
  registerSchedule(program);
  registerStart(program);
  return program;
}

