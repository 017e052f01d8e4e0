import { z } from 'zod';

/**
 * The config file (`arrears.config.json`) that `arrears init` writes. Every field has a default,
 * so an empty object is a valid config; unknown keys are refused so a typo is caught, not ignored.
 */
export const configSchema = z
  .object({
    database: z.string().min(1).default('data/arrears.duckdb'),
    inbox: z
      .object({
        surveys: z.string().min(1).default('inbox/surveys'),
        complaints: z.string().min(1).default('inbox/complaints'),
        wageLeads: z.string().min(1).default('inbox/wage-leads'),
      })
      .strict()
      .prefault({}),
    out: z.string().min(1).default('out'),
    timezone: z.literal('Asia/Shanghai').default('Asia/Shanghai'),
    ingest: z
      .object({
        concurrency: z.number().int().min(1).max(32).default(2),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
