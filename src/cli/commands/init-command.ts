import type { Command } from 'commander';
import { writeDefaultConfig } from '../../config/load-config.js';
import { commandContext } from '../context.js';

/** `arrears init`: creates the database (applying migrations) and a default config file. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('创建数据库并写出默认配置文件 (create the database and a default config)')
    .action(async (_opts, cmd: Command) => {
      const ctx = commandContext(cmd);
      const wroteConfig = writeDefaultConfig(ctx.configPath, { database: ctx.dbPath } as never);
      const store = await ctx.openStore();
      try {
        const applied = store.migrations.filter((m) => m.status === 'applied');
        ctx.out.result(
          { database: store.path, config: ctx.configPath, configWritten: wroteConfig, migrationsApplied: applied.map((m) => m.version) },
          () => {
            ctx.out.say(`数据库：${store.path}（新应用迁移 ${applied.length} 个，共 ${store.migrations.length} 个）`);
            ctx.out.say(wroteConfig ? `配置文件：已写出 ${ctx.configPath}` : `配置文件：${ctx.configPath} 已存在，校验通过，未改动`);
          },
        );
      } finally {
        store.close();
      }
    });
}
