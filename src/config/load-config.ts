import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { configSchema, type Config } from '../../schemas/config-schema.js';
import { PipelineError } from '../pipeline-error.js';

/** The config file a command reads unless `--config` names another. */
export const DEFAULT_CONFIG_PATH = 'arrears.config.json';

/**
 * Reads and validates the config file; a missing file means all defaults.
 * An invalid file is a `CONFIG_INVALID` error listing each problem with its key.
 */
export function loadConfig(path = DEFAULT_CONFIG_PATH): Config {
  if (!existsSync(path)) return configSchema.parse({});
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new PipelineError('CONFIG_INVALID', `配置文件 ${path} 不是有效的 JSON：${(err as Error).message}`, { path });
  }
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'}：${i.message}`).join('；');
    throw new PipelineError('CONFIG_INVALID', `配置文件 ${path} 有误：${problems}。请改正后重试，或删除它后运行 arrears init 重新生成。`, {
      path,
    });
  }
  return parsed.data;
}

/** Writes the default config unless one exists; returns whether it wrote. */
export function writeDefaultConfig(path = DEFAULT_CONFIG_PATH, overrides: Partial<Config> = {}): boolean {
  if (existsSync(path)) {
    loadConfig(path);
    return false;
  }
  const config = configSchema.parse(overrides);
  writeFileSync(path, JSON.stringify(config, null, 2) + '\n', 'utf8');
  return true;
}
