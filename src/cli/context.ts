import type { Command } from 'commander';
import type { Config } from '../../schemas/config-schema.js';
import { DEFAULT_CONFIG_PATH, loadConfig } from '../config/load-config.js';
import { openStore, type Store } from '../store/open-store.js';
import { createOutput, type Output } from './output.js';

/** What every command gets: its output, the config, and a way to open the store. */
export interface CommandContext {
  readonly out: Output;
  readonly configPath: string;
  readonly config: Config;
  readonly dbPath: string;
  openStore(): Promise<Store>;
}

interface GlobalOptions {
  readonly db?: string;
  readonly json?: boolean;
  readonly config?: string;
}

/** Builds the context from the global flags; `--db` beats ARREARS_DB beats the config file. */
export function commandContext(cmd: Command): CommandContext {
  const opts = cmd.optsWithGlobals<GlobalOptions>();
  const configPath = opts.config ?? DEFAULT_CONFIG_PATH;
  const config = loadConfig(configPath);
  const dbPath = opts.db || process.env.ARREARS_DB || config.database;
  return {
    out: createOutput(Boolean(opts.json)),
    configPath,
    config,
    dbPath,
    openStore: () => openStore({ path: dbPath }),
  };
}
