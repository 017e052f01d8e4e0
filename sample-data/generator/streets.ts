/**
 * The 14 Minhang streets/towns with their statistical codes (copied from
 * test/fixtures/reference/minhang_streets.tsv, 2023 vintage), plus what the generator needs to
 * write about them: the reporting unit's legal name and a few real road names for addresses.
 */
export interface Street {
  readonly code: string;
  readonly name: string;
  /** Spellings a clerk may type in 所属街镇 (the first is the official one). */
  readonly aliases: readonly string[];
  readonly kind: '街道' | '镇' | '工业区';
  /** Legal name of the body that fills in the sweep (填报单位). */
  readonly government: string;
  readonly roads: readonly string[];
}

const ROWS: readonly [string, string, Street['kind'], readonly string[], readonly string[]][] = [
  ['310112001', '江川路街道', '街道', ['江川路街道', '江川'], ['江川路', '沧源路', '永德路', '鹤庆路']],
  ['310112006', '古美街道', '街道', ['古美街道', '古美路街道', '古美'], ['古美路', '平吉路', '古龙路', '梅陇路']],
  ['310112008', '新虹街道', '街道', ['新虹街道', '新虹'], ['申长路', '申滨南路', '红松东路', '天山西路']],
  ['310112009', '浦锦街道', '街道', ['浦锦街道', '浦锦'], ['浦锦路', '浦星公路', '芦胜路', '丰南路']],
  ['310112101', '莘庄镇', '镇', ['莘庄镇', '莘庄'], ['莘松路', '莘建路', '沁春路', '莘西路']],
  ['310112102', '七宝镇', '镇', ['七宝镇', '七宝'], ['漕宝路', '七莘路', '新镇路', '农南路']],
  ['310112103', '颛桥镇', '镇', ['颛桥镇', '颛桥'], ['颛兴路', '都市路', '沪闵路', '北松路']],
  ['310112106', '华漕镇', '镇', ['华漕镇', '华漕'], ['华翔路', '纪鹤公路', '北青公路', '金丰路']],
  ['310112107', '虹桥镇', '镇', ['虹桥镇', '虹桥'], ['虹梅路', '吴中路', '红松路', '虹井路']],
  ['310112108', '梅陇镇', '镇', ['梅陇镇', '梅陇'], ['莲花南路', '春申路', '虹梅南路', '梅陇西路']],
  ['310112110', '吴泾镇', '镇', ['吴泾镇', '吴泾'], ['龙吴路', '剑川路', '虹梅南路', '永德路']],
  ['310112112', '马桥镇', '镇', ['马桥镇', '马桥'], ['银都路', '元江路', '北松公路', '望井路']],
  ['310112114', '浦江镇', '镇', ['浦江镇', '浦江'], ['浦星公路', '江月路', '陈行公路', '联航路']],
  ['310112501', '莘庄工业区', '工业区', ['莘庄工业区', '闵行区莘庄工业区'], ['春东路', '光华路', '申富路', '金都路']],
];

export const STREETS: readonly Street[] = ROWS.map(([code, name, kind, aliases, roads]) => ({
  code,
  name,
  kind,
  aliases,
  roads,
  government: governmentOf(name, kind),
}));

function governmentOf(name: string, kind: Street['kind']): string {
  if (kind === '镇') return `上海市闵行区${name}人民政府`;
  if (kind === '街道') return `上海市闵行区人民政府${name}办事处`;
  return `上海市${name}管理委员会`;
}

/** How the 填报单位 line names the reporting body: the form clerks actually write. */
export function reportingUnit(street: Street): string {
  if (street.kind === '镇') return `闵行区${street.name}人民政府`;
  if (street.kind === '街道') return `闵行区${street.name}办事处`;
  return `${street.name}管理委员会`;
}
