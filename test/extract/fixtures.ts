import { buildEnterpriseDictionary, type EnterpriseDictionary } from '../../src/extract/enterprise-dictionary.js';

/** A small dictionary of real names, as the pipeline would build it from the store and the reference lists. */
export function sampleDictionary(): EnterpriseDictionary {
  return buildEnterpriseDictionary([
    { entityId: 'LST-601668', names: ['中国建筑股份有限公司', '中国建筑'] },
    { entityId: 'LST-601800', names: ['中国交通建设股份有限公司', '中国交建'] },
    { entityId: 'LST-600170', names: ['上海建工集团股份有限公司', '上海建工'] },
    { entityId: 'LST-601390', names: ['中国中铁股份有限公司', '中国中铁'] },
    { entityId: 'LST-000002', names: ['万科企业股份有限公司', '万科A', '万科'] },
    { entityId: 'GOV-D02', names: ['上海市闵行区教育局', '区教育局', '闵行区教育局'] },
    { entityId: 'GOV-D01', names: ['上海市闵行区建设和管理委员会', '区建管委', '闵行区建设和管理委员会'] },
    { entityId: 'PUB-06', names: ['上海市闵行区七宝社区卫生服务中心', '七宝社区卫生服务中心'] },
    { entityId: 'PLT-01', names: ['上海闵行城市建设投资开发有限公司', '闵行城投'] },
    { entityId: 'GOV-S02', names: ['上海市闵行区人民政府古美街道办事处', '古美街道办事处', '古美街道'] },
  ]);
}
