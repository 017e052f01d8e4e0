/**
 * Public-sector debtors. District bureaus and institutions use the forms of real Minhang bodies;
 * platform companies are made up in the style of district/town investment companies (any match
 * with a real company is a coincidence). Street/town governments come from streets.ts.
 */
export interface CatalogEntry {
  readonly name: string;
  readonly shortNames: readonly string[];
  readonly supervisor: string;
  /** Index into STREETS for town-level bodies. */
  readonly streetIndex: number | null;
}

const DISTRICT_GOV = '上海市闵行区人民政府';
const SASAC = '上海市闵行区国有资产监督管理委员会';

export const BUREAUS: readonly CatalogEntry[] = [
  ['上海市闵行区建设和管理委员会', '区建管委'],
  ['上海市闵行区教育局', '区教育局'],
  ['上海市闵行区卫生健康委员会', '区卫健委'],
  ['上海市闵行区绿化和市容管理局', '区绿化市容局'],
  ['上海市闵行区水务局', '区水务局'],
  ['上海市闵行区交通委员会', '区交通委'],
  ['上海市闵行区房屋管理局', '区房管局'],
  ['上海市闵行区文化和旅游局', '区文旅局'],
  ['上海市闵行区体育局', '区体育局'],
  ['上海市闵行区民政局', '区民政局'],
  ['上海市闵行区生态环境局', '区生态环境局'],
  ['上海市闵行区城市管理行政执法局', '区城管执法局'],
  ['上海市闵行区机关事务管理局', '区机管局'],
  ['上海市闵行区农业农村委员会', '区农业农村委'],
].map(([name, short]) => ({ name: name!, shortNames: [short!], supervisor: DISTRICT_GOV, streetIndex: null }));

export const INSTITUTIONS: readonly CatalogEntry[] = [
  ['上海市闵行区中心医院', '闵行中心医院', '上海市闵行区卫生健康委员会', null],
  ['上海市闵行区第五人民医院', '区五院', '上海市闵行区卫生健康委员会', 0],
  ['上海市闵行区吴泾医院', '吴泾医院', '上海市闵行区卫生健康委员会', 10],
  ['上海市闵行区精神卫生中心', '区精卫中心', '上海市闵行区卫生健康委员会', null],
  ['上海市闵行区疾病预防控制中心', '区疾控中心', '上海市闵行区卫生健康委员会', null],
  ['上海市闵行区七宝社区卫生服务中心', '七宝社区卫生服务中心', '上海市闵行区卫生健康委员会', 5],
  ['上海市闵行区莘庄社区卫生服务中心', '莘庄社区卫生服务中心', '上海市闵行区卫生健康委员会', 4],
  ['上海市闵行区浦江社区卫生服务中心', '浦江社区卫生服务中心', '上海市闵行区卫生健康委员会', 12],
  ['上海市闵行区图书馆', '区图书馆', '上海市闵行区文化和旅游局', null],
  ['上海市闵行区文化馆', '区文化馆', '上海市闵行区文化和旅游局', null],
  ['上海市闵行区教育学院', '区教育学院', '上海市闵行区教育局', null],
  ['上海市闵行区实验小学', '闵行实验小学', '上海市闵行区教育局', 0],
  ['上海市闵行区建设工程安全质量监督站', '区质监站', '上海市闵行区建设和管理委员会', null],
  ['上海市闵行区河道水闸管理所', '区河道所', '上海市闵行区水务局', null],
  ['上海市闵行区绿化管理所', '区绿化所', '上海市闵行区绿化和市容管理局', null],
].map(([name, short, sup, street]) => ({
  name: name as string, shortNames: [short as string], supervisor: sup as string, streetIndex: street as number | null,
}));

export const PLATFORMS: readonly CatalogEntry[] = [
  ['上海闵行城市建设投资开发有限公司', ['闵行城投'], SASAC, null],
  ['上海闵行城市更新建设发展有限公司', ['闵行城更', '城更公司'], SASAC, null],
  ['上海闵行交通建设投资有限公司', ['闵行交投'], SASAC, null],
  ['上海闵行水务建设投资有限公司', ['闵行水投'], SASAC, null],
  ['上海闵行虹桥商务区开发建设有限公司', ['虹桥开发公司'], SASAC, 7],
  ['上海七宝镇资产经营有限公司', ['七宝资产公司'], '上海市闵行区七宝镇人民政府', 5],
  ['上海浦江镇投资发展有限公司', ['浦江投资公司'], '上海市闵行区浦江镇人民政府', 12],
  ['上海梅陇城镇建设发展有限公司', ['梅陇城建'], '上海市闵行区梅陇镇人民政府', 9],
  ['上海颛桥集镇建设发展有限公司', ['颛桥集镇公司'], '上海市闵行区颛桥镇人民政府', 6],
  ['上海莘庄工业区经济发展有限公司', ['莘庄工业区经发公司'], '上海市莘庄工业区管理委员会', 13],
].map(([name, shorts, sup, street]) => ({
  name: name as string, shortNames: shorts as string[], supervisor: sup as string, streetIndex: street as number | null,
}));

/** Village collective economic organisations: debtor type 其他, USCC starting with a letter (N2…). */
export const COLLECTIVES: readonly CatalogEntry[] = [
  ['上海市闵行区七宝镇九星村股份经济合作社', '九星村经济合作社', '上海市闵行区七宝镇人民政府', 5],
  ['上海市闵行区华漕镇许浦村股份经济合作社', '许浦村经济合作社', '上海市闵行区华漕镇人民政府', 7],
  ['上海市闵行区浦江镇革新村股份经济合作社', '革新村经济合作社', '上海市闵行区浦江镇人民政府', 12],
].map(([name, short, sup, street]) => ({
  name: name as string, shortNames: [short as string], supervisor: sup as string, streetIndex: street as number,
}));
