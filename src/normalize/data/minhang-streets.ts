/** One street (街道), town (镇) or town-level unit of Minhang district (310112). */
export interface MinhangStreet {
  /** 9-digit statistical division code. */
  readonly code: string;
  readonly name: string;
  /** Other spellings. Those ending in 街道/镇/工业区/园区 are full names; the rest are bare names. */
  readonly aliases: readonly string[];
}

// Facts from modood/Administrative-divisions-of-China, dist/streets.csv (2023 vintage), via
// test/fixtures/reference/minhang_streets.tsv. 江川路 and 古美路 are also road names: an alias ending
// in 路 counts only as the whole input, never inside an address.
/** The 14 streets and towns of Minhang district. */
export const MINHANG_STREETS: readonly MinhangStreet[] = [
  { code: '310112001', name: '江川路街道', aliases: ['江川路'] },
  { code: '310112006', name: '古美街道', aliases: ['古美路街道', '古美路', '古美'] },
  { code: '310112008', name: '新虹街道', aliases: ['新虹'] },
  { code: '310112009', name: '浦锦街道', aliases: ['浦锦'] },
  { code: '310112101', name: '莘庄镇', aliases: ['莘庄'] },
  { code: '310112102', name: '七宝镇', aliases: ['七宝'] },
  { code: '310112103', name: '颛桥镇', aliases: ['颛桥'] },
  { code: '310112106', name: '华漕镇', aliases: ['华漕'] },
  { code: '310112107', name: '虹桥镇', aliases: ['虹桥'] },
  { code: '310112108', name: '梅陇镇', aliases: ['梅陇'] },
  { code: '310112110', name: '吴泾镇', aliases: ['吴泾'] },
  { code: '310112112', name: '马桥镇', aliases: ['马桥'] },
  { code: '310112114', name: '浦江镇', aliases: ['浦江'] },
  { code: '310112501', name: '莘庄工业区', aliases: ['莘庄工业园区'] },
];
