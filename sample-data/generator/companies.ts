import { readFileSync } from 'node:fs';

/** A real listed company from sample-data/reference/companies.tsv. */
export interface ListedCompany {
  readonly tsCode: string;
  readonly shortName: string;
  readonly fullName: string;
  readonly area: string;
  readonly industry: string;
  readonly actType: string;
  readonly formerShortNames: readonly string[];
}

const COMPANIES_URL = new URL('../reference/companies.tsv', import.meta.url);

// act_ent_type is blank for many central SOEs in the dump; these are SOEs all the same.
const KNOWN_SOE = new Set(['601668.SH', '601390.SH', '601186.SH', '601800.SH', '601669.SH', '601618.SH',
  '601117.SH', '600048.SH', '001979.SZ', '600266.SH']);
const SOE_INDUSTRIES = new Set(['建筑工程', '区域地产', '全国地产', '装修装饰', '路桥', '园区开发', '房产服务',
  '环境保护', '水务', '供气供热', '公共交通', '机场', '火力发电']);
const LARGE_INDUSTRIES = new Set(['建筑工程', '区域地产', '全国地产', '装修装饰', '房产服务', '环境保护',
  '园区开发', '软件服务', '通信设备', '电气设备', '工程机械']);

let cache: readonly ListedCompany[] | null = null;

export function loadCompanies(): readonly ListedCompany[] {
  if (cache) return cache;
  const lines = readFileSync(COMPANIES_URL, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines[0]!.split('\t');
  const col = (name: string): number => header.indexOf(name);
  const [ts, sn, fn, ar, ind, act, former] = ['ts_code', 'short_name', 'full_name', 'area', 'industry',
    'act_ent_type', 'former_short_names'].map(col) as [number, number, number, number, number, number, number];
  cache = lines.slice(1).map((line) => {
    const f = line.split('\t');
    return {
      tsCode: f[ts] ?? '',
      shortName: (f[sn] ?? '').trim(),
      fullName: (f[fn] ?? '').trim(),
      area: f[ar] ?? '',
      industry: f[ind] ?? '',
      actType: f[act] ?? '',
      formerShortNames: (f[former] ?? '').split('|').filter((s) => s.length > 0 && !/ST/.test(s)),
    };
  });
  return cache;
}

export function isSoe(c: ListedCompany): boolean {
  return c.actType.includes('国企') || KNOWN_SOE.has(c.tsCode);
}

/** SOE debtors: Shanghai or national builders, developers and utilities; ST companies left out. */
export function soeDebtors(all: readonly ListedCompany[]): readonly ListedCompany[] {
  return all.filter((c) => isSoe(c) && !/ST/.test(c.shortName) && SOE_INDUSTRIES.has(c.industry)
    && (c.area === '上海' || KNOWN_SOE.has(c.tsCode)));
}

/** Large private or foreign enterprises registered in Shanghai, in trades that buy from SMEs. */
export function largeDebtors(all: readonly ListedCompany[]): readonly ListedCompany[] {
  return all.filter((c) => !isSoe(c) && !/ST/.test(c.shortName) && c.area === '上海'
    && LARGE_INDUSTRIES.has(c.industry));
}
