import { MINHANG_STREETS, type MinhangStreet } from './data/minhang-streets.js';
import { normalizeText, stripSpaces } from './normalize-text.js';
import { ok, fail, type Result } from './result.js';

export interface StreetMatch {
  readonly code: string;
  readonly name: string;
}

interface Spelling {
  readonly text: string;
  readonly street: MinhangStreet;
}

const FULL = /(街道|镇|工业区|园区)$/;
const spellings = (pick: (s: string) => boolean): Spelling[] =>
  MINHANG_STREETS.flatMap((street) => [street.name, ...street.aliases].filter(pick).map((text) => ({ text, street })));
const FULL_NAMES = spellings((s) => FULL.test(s));
// A bare name ending in 路 is a road (江川路); it stands for the street only as the whole input.
const BARE_NAMES = spellings((s) => !FULL.test(s) && !s.endsWith('路'));
const ALL_NAMES = spellings(() => true);

const OTHER_DISTRICTS = ['黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '宝山区', '嘉定区', '浦东新区', '金山区', '松江区', '青浦区', '奉贤区', '崇明区'];
// 虹桥路, 七宝大道, 莘庄公路: the bare name is part of a road, not the town.
const ROAD_AFTER = /^(路|街|道|大道|公路)/;
// 黄浦江 contains 浦江: a bare name counts only where a place name can begin.
const PLACE_BEFORE = /(^|[^\p{Script=Han}]|市|区|县|上海|闵行)$/u;

/** Leftmost occurrence wins (addresses run from large to small units); at one position, the longest. */
function findFirst(text: string, names: readonly Spelling[], accept: (at: number, s: Spelling) => boolean): MinhangStreet | null {
  let best: { at: number; length: number; street: MinhangStreet } | null = null;
  for (const spelling of names) {
    for (let at = text.indexOf(spelling.text); at >= 0; at = text.indexOf(spelling.text, at + 1)) {
      if (!accept(at, spelling)) continue;
      if (best === null || at < best.at || (at === best.at && spelling.text.length > best.length)) {
        best = { at, length: spelling.text.length, street: spelling.street };
      }
      break;
    }
  }
  return best?.street ?? null;
}

const found = (s: MinhangStreet): Result<StreetMatch> => ok({ code: s.code, name: s.name });

/**
 * Find the Minhang street or town named by a code, a name, an alias or an address.
 * Full names (七宝镇, 古美路街道) beat bare ones (七宝), so road names like 虹桥路 do not mislead.
 * @example matchStreet('上海市闵行区七宝镇漕宝路1000号') //=> { ok: true, value: { code: '310112102', name: '七宝镇' } }
 */
export function matchStreet(input: unknown): Result<StreetMatch> {
  const raw = typeof input === 'number' || typeof input === 'bigint' ? String(input) : input;
  if (typeof raw !== 'string') return fail('街镇不是文本');
  const text = stripSpaces(normalizeText(raw));
  if (text === '') return fail('街镇为空');

  if (/^\d+$/.test(text)) {
    const byCode = MINHANG_STREETS.find((s) => s.code === text || `${s.code}000` === text);
    return byCode ? found(byCode) : fail(`不是闵行区街镇代码：${text}`);
  }
  const exact = ALL_NAMES.find((s) => s.text === text);
  if (exact) return found(exact.street);

  const elsewhere = OTHER_DISTRICTS.find((d) => text.includes(d));
  if (elsewhere !== undefined && !text.includes('闵行')) return fail(`地址不在闵行区：${elsewhere}`);

  const full = findFirst(text, FULL_NAMES, () => true);
  if (full) return found(full);
  const bare = findFirst(text, BARE_NAMES, (at, s) =>
    PLACE_BEFORE.test(text.slice(0, at)) && !ROAD_AFTER.test(text.slice(at + s.text.length)));
  if (bare) return found(bare);
  return fail(`未找到闵行区街镇：${text}`);
}
