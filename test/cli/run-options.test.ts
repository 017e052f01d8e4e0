import { describe, expect, it } from 'vitest';
import { configSchema } from '../../schemas/config-schema.js';
import { createOutput } from '../../src/cli/output.js';
import { pipelineNamed, runOptions } from '../../src/cli/commands/run-command.js';
import type { CommandContext } from '../../src/cli/context.js';

describe('runOptions', () => {
  it("hands the config's ingest.concurrency to the ingest stages", () => {
    for (const concurrency of [1, 3]) {
      const ctx: CommandContext = {
        out: createOutput(true), configPath: 'arrears.config.json', dbPath: ':memory:',
        config: configSchema.parse({ ingest: { concurrency } }),
        openStore: () => Promise.reject(new Error('not needed')),
      };
      const options = runOptions(ctx, pipelineNamed('quarterly-sweep'), { asOf: '2026-04-25', period: '2026-04' }, 'manual', null);
      expect(options.ingestConcurrency).toBe(concurrency);
    }
  });
});
