import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BadRowPlan } from './bad-row-plan.js';
import { Quota } from './quota.js';
import { COMPLAINT_BAD_KINDS, type ComplaintPools } from './complaint-records.js';
import { writeComplaintsCsv, writeLettersRegister } from './complaint-writers.js';
import { buildEntities } from './entities.js';
import { TruthWriter } from './ground-truth.js';
import { Random } from './random.js';
import { Reservoir } from './reservoir.js';
import type { MatterContext } from './sme-matters.js';
import { STREETS } from './streets.js';
import { surveyLayout } from './survey-layout.js';
import { splitCounts } from './survey-sections.js';
import { writeSurveyWorkbook, type SurveyPools } from './survey-workbook.js';
import type { Period, WageMatter } from './types.js';
import { WAGE_BAD_KINDS, type WagePools } from './wage-records.js';
import { SURVEY_BAD_KINDS } from './survey-row.js';
import { writeWageLeads, type WageFormat } from './wage-writers.js';

export type SampleKind = 'all' | 'survey' | 'complaints' | 'wage';

export interface GenerateOptions {
  readonly rows: number;
  readonly seed: number;
  readonly out: string;
  readonly period: Period;
  readonly kind: SampleKind;
  readonly wageFormat?: WageFormat;
}

export interface GeneratedFile {
  readonly file: string;
  readonly rows: number;
  readonly bytes: number;
}

export interface GenerateResult {
  readonly files: readonly GeneratedFile[];
  readonly truthRows: number;
  /** `source:problem` → count, and `source:note tag` → count, for the README and the CLI. */
  readonly problems: ReadonlyMap<string, number>;
  readonly notes: ReadonlyMap<string, number>;
}

const POOL = 20_000;

/**
 * Writes a sample sweep into `out`: data files plus ground-truth.csv. Deterministic in `seed`:
 * the same options give the same ground truth and the same cell values.
 * @example await generateSample({ rows: 800, seed: 42, out: 'sample-data/2026-04', period: { year: 2026, month: 4 }, kind: 'all' })
 * //=> { files: [{ file: 'surveys/2026年4月_江川路街道_拖欠中小企业账款摸排台账.xlsx', rows: 37, bytes: 14102 }, …], truthRows: 800, … }
 */
export async function generateSample(o: GenerateOptions): Promise<GenerateResult> {
  const root = new Random(o.seed);
  const ctx: MatterContext = {
    entities: buildEntities(root.fork('entities'), Math.min(50_000, Math.max(40, Math.round(o.rows * 0.35)))),
    period: o.period,
    counters: { sme: 0, wage: 0 },
  };
  const poolRng = root.fork('pools');
  const survey: SurveyPools = {
    crossStreet: STREETS.map(() => new Reservoir(POOL / 4, poolRng)),
    reported: new Reservoir(POOL, poolRng), chainable: new Reservoir(POOL, poolRng),
    bad: new BadRowPlan(0.03, SURVEY_BAD_KINDS, root.fork('bad:survey')),
  };
  const wageMatters = new Reservoir<WageMatter>(POOL, poolRng);
  const wage: WagePools = { chainable: survey.chainable, wage: wageMatters, serial: 0,
    bad: new BadRowPlan(0.025, WAGE_BAD_KINDS, root.fork('bad:wage')),
    mix: new Quota([['repeat', 0.2], ['chain', 0.15], ['new', 0.65]], root.fork('mix:wage')) };
  const complaints: ComplaintPools = { survey: survey.reported, complaints: new Reservoir(POOL, poolRng), wage: wageMatters,
    serial: 0, bad: new BadRowPlan(0.025, COMPLAINT_BAD_KINDS, root.fork('bad:complaint')),
    mix: new Quota([['wage', 0.06], ['wage_of_lead', 0.04], ['of_survey', 0.18], ['repeat', 0.05], ['new', 0.67]], root.fork('mix:complaint')) };
  await mkdir(o.out, { recursive: true });
  const truth = await TruthWriter.open(join(o.out, 'ground-truth.csv'));
  const prefix = `${o.period.year}年${o.period.month}月`;
  const written: string[] = [];
  const dir = async (name: string): Promise<string> => {
    await mkdir(join(o.out, name), { recursive: true });
    return name;
  };

  const surveys = async (rows: number, streetIndexes: readonly number[]): Promise<void> => {
    const d = await dir('surveys');
    const counts = splitCounts(rows, streetWeights(root.fork('street-weights'), streetIndexes.length));
    for (const [k, i] of streetIndexes.entries()) {
      const file = `${d}/${prefix}_${STREETS[i]!.name}_拖欠中小企业账款摸排台账.xlsx`;
      await writeSurveyWorkbook({ path: join(o.out, file), file, streetIndex: i, layout: surveyLayout(i), rows: counts[k]! },
        root.fork(`survey:${i}`), ctx, survey, truth);
      written.push(file);
    }
  };
  const wageLeads = async (rows: number, format: WageFormat): Promise<void> => {
    const file = `${await dir('wage-leads')}/${prefix}_欠薪线索.${format}`;
    await writeWageLeads({ path: join(o.out, file), file, rows, format }, root.fork('wage'), ctx, wage, truth);
    written.push(file);
  };
  const complaintsCsv = async (rows: number): Promise<void> => {
    const file = `${await dir('complaints')}/${prefix}_中小企业账款投诉登记.csv`;
    await writeComplaintsCsv({ path: join(o.out, file), file, rows }, root.fork('complaints'), ctx, complaints, truth);
    written.push(file);
  };

  if (o.kind === 'all') {
    const surveyRows = Math.round(o.rows * 0.7);
    const complaintRows = Math.round(o.rows * 0.15);
    const letters = Math.round(complaintRows * 0.2);
    await surveys(surveyRows, STREETS.map((_, i) => i));
    // Wage leads before complaints, so some complaints can be about a lead's matter.
    await wageLeads(o.rows - surveyRows - complaintRows, o.wageFormat ?? 'xlsx');
    await complaintsCsv(complaintRows - letters);
    const file = `complaints/${prefix}_来信来访登记.xlsx`;
    await writeLettersRegister({ path: join(o.out, file), file, rows: letters }, root.fork('letters'), ctx, complaints, truth);
    written.push(file);
  } else if (o.kind === 'survey') {
    await surveys(o.rows, [root.fork('street').int(0, STREETS.length - 1)]);
  } else if (o.kind === 'complaints') {
    await complaintsCsv(o.rows);
  } else {
    await wageLeads(o.rows, o.wageFormat ?? 'csv');
  }
  await truth.close();
  const files = await Promise.all([...written, 'ground-truth.csv'].map(async (file) => ({
    file, rows: file === 'ground-truth.csv' ? truth.rows : truth.rowsByFile.get(file) ?? 0, bytes: (await stat(join(o.out, file))).size,
  })));
  return { files, truthRows: truth.rows, problems: truth.problems, notes: truth.notes };
}

/** Street workbooks differ in size, as real ones do (0.6×–1.4× the average). */
function streetWeights(rng: Random, n: number): number[] {
  return Array.from({ length: n }, () => 0.6 + rng.next() * 0.8);
}
