import { MINHANG_STREETS } from '../normalize/data/minhang-streets.js';

// Every spelling of a Minhang street or town, longest first, with its official name.
const SPELLINGS = MINHANG_STREETS.flatMap((s) => [s.name, ...s.aliases].map((text) => ({ text, official: s.name })))
  .sort((a, b) => b.text.length - a.text.length);

function official(text: string): string | null {
  return SPELLINGS.find((s) => s.text === text)?.official ?? null;
}

/**
 * Write a Minhang body the way its legal name runs, from how callers in the district say it:
 * 区教育局 → 闵行区教育局, 七宝镇政府 → 闵行区七宝镇人民政府, 古美路街道办事处 → 闵行区人民政府古美街道办事处,
 * 莘庄工业区管委会 → 莘庄工业区管理委员会. Anything else comes back unchanged.
 * @example expandLocalBody('区水务局') //=> '闵行区水务局'
 */
export function expandLocalBody(name: string): string {
  if (/^区[^域间别]/u.test(name)) return `闵行区${name.slice(1)}`;
  const town = /^(?:上海市)?(?:闵行区)?(.{1,6}镇)(?:人民)?政府$/u.exec(name);
  if (town && official(town[1]!) !== null) return `闵行区${official(town[1]!)}人民政府`;
  const street = /^(?:上海市)?(?:闵行区)?(.{1,6}街道)(?:办事处)?$/u.exec(name);
  if (street && official(street[1]!) !== null) return `闵行区人民政府${official(street[1]!)}办事处`;
  const zone = /^(?:上海市)?(?:闵行区)?(.{1,6}工业区)管委会$/u.exec(name);
  if (zone && official(zone[1]!) !== null) return `${official(zone[1]!)}管理委员会`;
  return name;
}
