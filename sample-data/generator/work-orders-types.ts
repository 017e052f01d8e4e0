import type { EntityUniverse } from './entities.js';
import type { Random } from './random.js';
import type { MatterContext } from './sme-matters.js';

/** One 12345 hotline work order as the export has it: no debtor, creditor or amount columns. */
export interface WorkOrder {
  readonly 工单编号: string;
  readonly 受理时间: string;
  readonly 工单来源: string;
  readonly 诉求街道: string;
  readonly 诉求地址: string;
  readonly 工单类型: string;
  readonly 诉求内容: string;
  readonly 主办单位: string;
  readonly 市民姓名: string;
  readonly 市民电话: string;
}

export type WorkOrderKind = 'sme_arrears' | 'wage_arrears' | 'other';

/** What the text of one work order says, as the generator wrote it. Names are canonical legal names. */
export interface WorkOrderTruth {
  readonly 工单编号: string;
  readonly template: string;
  readonly kind: WorkOrderKind;
  readonly creditorKey: string | null;
  readonly creditorName: string | null;
  readonly debtorKey: string | null;
  readonly debtorName: string | null;
  /** How the debtor was written: canonical, short, branch, region_dropped, spaces, fullwidth. */
  readonly debtorVariant: string | null;
  readonly employerKey: string | null;
  readonly employerName: string | null;
  readonly amountFen: number | null;
  readonly contractFen: number | null;
  readonly project: string | null;
  readonly workers: number | null;
  /** Enterprises named in passing (a general contractor, a supervisor). */
  readonly thirdPartyKeys: readonly string[];
  /** For 'other': what the order is about. */
  readonly topic: string | null;
}

/** A known enterprise or body, as a dictionary would hold it. */
export interface KnownEntity {
  readonly key: string;
  readonly name: string;
  readonly shortNames: readonly string[];
  readonly style: string;
}

/** What a template writes: the text, who called, where, and what the text says. */
export interface Written {
  readonly text: string;
  readonly callerName: string;
  readonly callerPhone: string;
  readonly streetIndex: number;
  readonly truth: Omit<WorkOrderTruth, '工单编号' | 'template' | 'kind'>;
}

export interface Scene {
  readonly rng: Random;
  readonly ctx: MatterContext;
  readonly universe: EntityUniverse;
}

export interface Template {
  readonly id: string;
  readonly kind: WorkOrderKind;
  readonly weight: number;
  write(scene: Scene): Written;
}

/** Truth with nothing in it; templates fill what their text says. */
export const NO_TRUTH: Written['truth'] = {
  creditorKey: null, creditorName: null, debtorKey: null, debtorName: null, debtorVariant: null,
  employerKey: null, employerName: null, amountFen: null, contractFen: null, project: null, workers: null,
  thirdPartyKeys: [], topic: null,
};
