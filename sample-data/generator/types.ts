import type { IndustryWord } from './word-lists.js';

export type DebtorType = '机关' | '事业单位' | '国有企业' | '大型企业' | '平台公司' | '其他';
export type EnterpriseSize = '中型' | '小型' | '微型';
export type EntityStyle = 'gov' | 'institution' | 'platform' | 'listed' | 'collective' | 'sme';

/** One real-world party. `key` is its ground-truth identity: every spelling of it shares the key. */
export interface Entity {
  readonly key: string;
  /** Canonical full legal name. */
  readonly name: string;
  readonly shortNames: readonly string[];
  readonly uscc: string;
  readonly style: EntityStyle;
  readonly debtorType: DebtorType | null;
  readonly supervisor: string | null;
  /** Index into STREETS, or null for district- or city-level bodies. */
  readonly streetIndex: number | null;
  readonly size: EnterpriseSize | null;
  readonly industry: IndustryWord | null;
  readonly trade: string | null;
  readonly branch: { readonly name: string; readonly uscc: string } | null;
  readonly contact: string | null;
  readonly phone: string | null;
}

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export interface Period {
  readonly year: number;
  readonly month: number;
}

/** One SME-arrears matter: a debtor owes a creditor under one contract. */
export interface SmeMatter {
  readonly key: string;
  readonly debtor: Entity;
  readonly creditor: Entity;
  readonly streetIndex: number;
  readonly arrearsType: string;
  readonly project: string;
  readonly contractYuan: number;
  readonly owedYuan: number;
  readonly disputedYuan: number;
  readonly agreedOn: Ymd;
  readonly formedOn: Ymd;
  readonly clearedYuan: number;
  readonly plannedOn: Ymd | null;
  readonly litigation: boolean;
  readonly remark: string | null;
}

/** One wage-arrears matter: an employer owes a group of workers on one project. */
export interface WageMatter {
  readonly key: string;
  readonly sector: '工程建设领域' | '非工程建设领域';
  readonly employer: Entity;
  readonly streetIndex: number;
  readonly project: string | null;
  readonly address: string;
  readonly developer: Entity | null;
  readonly contractor: Entity | null;
  readonly subcontractorIsEmployer: boolean;
  readonly teamLeader: string | null;
  readonly workers: number;
  readonly monthlyYuan: number;
  readonly from: Ymd;
  readonly to: Ymd;
  readonly trade: string;
  /** The survey matter upstream of this one (the employer is its creditor), if any. */
  readonly linked: SmeMatter | null;
}
