import ExcelJS from 'exceljs';
import { dayIn, utcDate } from './dates.js';
import type { TruthWriter } from './ground-truth.js';
import { landline, personName } from './people.js';
import type { Random } from './random.js';
import type { Reservoir } from './reservoir.js';
import { newSmeMatter, type MatterContext } from './sme-matters.js';
import { STREETS } from './streets.js';
import { addDictionary, addInstructions, addSummary, addValidations, type TypeTally } from './survey-extras.js';
import { writeSurveyBottom, writeSurveyTop } from './survey-frame.js';
import type { SurveyLayout } from './survey-layout.js';
import { surveyRow, type SurveyBadKind } from './survey-row.js';
import type { BadRowPlan } from './bad-row-plan.js';
import { addSums, columnStyle, SECTIONS, splitCounts, writeSectionRow, writeSumRow, type Sums } from './survey-sections.js';
import { drained, setRow } from './sheet-writing.js';
import type { SmeMatter } from './types.js';

/** Matters the survey leaves behind for later records to refer to. */
export interface SurveyPools {
  /** By the creditor's street: that street's workbook may report the same matter again. */
  readonly crossStreet: readonly Reservoir<SmeMatter>[];
  readonly reported: Reservoir<SmeMatter>;
  /** Engineering arrears owed to builders: the upstream end of wage-arrears chains. */
  readonly chainable: Reservoir<SmeMatter>;
  readonly bad: BadRowPlan<SurveyBadKind>;
}

export interface SurveyWorkbookSpec {
  readonly path: string;
  /** Path relative to the output directory, for the ground truth. */
  readonly file: string;
  readonly streetIndex: number;
  readonly layout: SurveyLayout;
  readonly rows: number;
}

const DUPLICATE_RATE = 0.05;

/** Streams one street's 摸排台账 workbook; every data row also goes to the ground truth. */
export async function writeSurveyWorkbook(spec: SurveyWorkbookSpec, rng: Random, ctx: MatterContext,
  pools: SurveyPools, truth: TruthWriter): Promise<void> {
  const { layout } = spec;
  const street = STREETS[spec.streetIndex]!;
  // Excel itself writes shared strings; half the streets do too. Big files use inline strings,
  // because exceljs keeps the shared-string table in memory.
  const useSharedStrings = spec.rows <= 50_000 && layout.index % 2 === 0;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: spec.path, useStyles: true, useSharedStrings });
  wb.creator = reportingCreator(street.name);
  wb.created = utcDate({ y: ctx.period.year, m: ctx.period.month, d: 15 });
  wb.modified = wb.created;
  addInstructions(wb, layout, ctx.period);
  // The writer takes views only at creation, so the header height is worked out up front.
  const headerBottom = 2 + (layout.secondTitle ? 1 : 0) + (layout.twoRowHeader ? 2 : 1);
  const ws = wb.addWorksheet('摸排台账', { views: [{ state: 'frozen', xSplit: 0, ySplit: headerBottom }] });
  ws.columns = layout.columns.map((c) => columnStyle(c.field, layout));
  const reportedOn = dayIn(rng, ctx.period.year, ctx.period.month, 8, 20);
  let r = writeSurveyTop(ws, layout, street, ctx.period, reportedOn, rng);
  ws.getRow(r - 1).commit();
  const dataStart = r;
  const col = new Map(layout.columns.map((c, i) => [c.field, i + 1] as const));
  const sections = layout.sections ? SECTIONS : [{ label: '', types: SECTIONS.flatMap((s) => s.types), weight: 1 }];
  const dups = takeAll(pools.crossStreet[spec.streetIndex], Math.round(spec.rows * DUPLICATE_RATE));
  const counts = splitCounts(spec.rows, sections.map((s) => s.weight));
  const tally: TypeTally = new Map();
  const total: Sums = new Map();
  const subtotalRows: number[] = [];
  let seq = 0;
  for (const [si, section] of sections.entries()) {
    let left = counts[si]!;
    if (left === 0) continue;
    const mine = dups.filter((m) => section.types.includes(m.debtor.debtorType!));
    let dupLeft = Math.min(mine.length, left);
    if (layout.sections) r = writeSectionRow(ws, r, section.label, layout.sectionLabelSplit);
    const first = r;
    const sums: Sums = new Map();
    for (; left > 0; left--) {
      const isDup = dupLeft > 0 && rng.next() < dupLeft / left;
      const bad = pools.bad.next(!isDup);
      const matter = isDup ? mine[--dupLeft]! : newSmeMatter(rng, ctx, spec.streetIndex, section.types);
      const row = surveyRow(matter, { layout, street, seq: ++seq, rowNumber: r }, rng, bad);
      setRow(ws, r, row.cells, undefined, layout.index % 3 === 0 ? 'yyyy"年"m"月"d"日"' : 'yyyy-mm-dd').commit();
      addSums(sums, row.numbers);
      const typeText = String(row.cells[col.get('debtorType')! - 1] ?? '');
      const t = tally.get(typeText) ?? { count: 0, owed: 0 };
      tally.set(typeText, { count: t.count + 1, owed: t.owed + (row.numbers.get('owed') ?? 0) });
      if (!isDup && bad === null) remember(matter, spec.streetIndex, pools);
      await truth.add(spec.file, '摸排台账', r, {
        source: 'survey', problem: row.problem,
        debtorKey: matter.debtor.key, creditorKey: matter.creditor.key, matterKey: matter.key, kind: 'sme_arrears',
        amountFen: row.amountFen,
        note: [row.note, isDup ? `dup=cross_street:${STREETS[matter.streetIndex]!.name}` : ''].filter(Boolean).join(';'),
      });
      r++;
      if (seq % 256 === 0) await drained(ws);
    }
    addSums(total, sums);
    if (layout.sections) {
      r = writeSumRow(ws, r, layout, col, '小计', (f) => `SUM(${f}${first}:${f}${r - 1})`, sums);
      subtotalRows.push(r - 1);
    }
  }
  const grand = subtotalRows.length > 0
    ? (f: string) => `SUM(${subtotalRows.map((x) => `${f}${x}`).join(',')})`
    : (f: string) => `SUM(${f}${dataStart}:${f}${Math.max(dataStart, r - 1)})`;
  r = writeSumRow(ws, r, layout, col, layout.totalLabel, grand, total);
  writeSurveyBottom(ws, layout, r, dayIn(rng, ctx.period.year, ctx.period.month, 20, 25),
    [personName(rng), personName(rng)], landline(rng), rng);
  if (layout.hiddenDictionary) addValidations(ws, col, dataStart, r - 2);
  ws.commit();
  if (layout.hiddenDictionary) addDictionary(wb);
  if (layout.summarySheet) addSummary(wb, layout, col, dataStart, r - 2, tally);
  await wb.commit();
}

/** What later sources may refer back to. Rows with a planted error are not reused. */
function remember(m: SmeMatter, reportedIn: number, pools: SurveyPools): void {
  pools.reported.add(m);
  const creditorStreet = m.creditor.streetIndex;
  if (creditorStreet !== null && creditorStreet !== reportedIn) pools.crossStreet[creditorStreet]?.add(m);
  if (m.creditor.industry?.engineering && m.arrearsType === '工程款') pools.chainable.add(m);
}

function takeAll(pool: Reservoir<SmeMatter> | undefined, n: number): SmeMatter[] {
  const out: SmeMatter[] = [];
  for (let m = pool?.take(); m !== undefined && out.length < n; m = out.length < n ? pool?.take() : undefined) out.push(m);
  return out;
}

function reportingCreator(name: string): string {
  return `${name}经济发展办公室`;
}
