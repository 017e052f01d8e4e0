import type * as Vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';

/**
 * Fonts that carry Chinese on the machines staff use (Windows, macOS, Linux desktops), no remote
 * font ever: the SVG names families and the reader's own fonts draw them. Unquoted on purpose:
 * CSS accepts multi-word family names, and no quote has to be escaped inside the SVG attribute.
 */
export const CHART_FONT = 'Microsoft YaHei, PingFang SC, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, SimHei, sans-serif';

/** Charts carry their data inline; any attempt to load a URL or file is refused, never fetched. */
const refuse = async (uri: string): Promise<never> => {
  throw new Error(`图表只用内嵌数据，不读取外部资源：${uri}`);
};

// Without a canvas, vega guesses text width from the number of characters at about half an em
// each; a Chinese character is a full em, so labels would overlap. Count CJK and full-width as 1 em.
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
type Metrics = { width: (item: { fontSize?: number; text?: unknown }, text?: unknown) => number };

interface Charting {
  readonly vega: typeof Vega;
  readonly compile: typeof import('vega-lite').compile;
  readonly loader: Vega.Loader;
}
let charting: Promise<Charting> | undefined;

/**
 * Loads vega and vega-lite, once: about 0.3 s, which every command paid at start when they were
 * imported with the report modules. Called by the first chart, or ahead of it while other work
 * runs (the report stage's warm-up).
 * @example void loadCharting() // the report will not wait for vega
 */
export function loadCharting(): Promise<Charting> {
  charting ??= (async () => {
    const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
    const metrics = (vega as unknown as { textMetrics?: Metrics }).textMetrics;
    if (metrics) {
      metrics.width = (item, text) => {
        const size = typeof item.fontSize === 'number' ? item.fontSize : 11;
        const s = String(text ?? item.text ?? '');
        let em = 0;
        for (const ch of s) em += WIDE.test(ch) ? 1 : 0.6;
        return em * size;
      };
    }
    const loader = { ...vega.loader(), load: refuse, sanitize: refuse, http: refuse, file: refuse } as unknown as Vega.Loader;
    return { vega, compile, loader };
  })();
  return charting;
}

/** The first `url` anywhere in a compiled spec (data sources, image marks), or null. */
function findUrl(node: unknown): string | null {
  if (Array.isArray(node)) return node.reduce<string | null>((hit, n) => hit ?? findUrl(n), null);
  if (node === null || typeof node !== 'object') return null;
  for (const [k, v] of Object.entries(node)) {
    const hit = k === 'url' && typeof v === 'string' ? v : findUrl(v);
    if (hit !== null) return hit;
  }
  return null;
}

const CONFIG = {
  font: CHART_FONT,
  title: { font: CHART_FONT, fontSize: 14, anchor: 'start' as const },
  axis: { labelFont: CHART_FONT, titleFont: CHART_FONT, labelLimit: 320 },
  legend: { labelFont: CHART_FONT, titleFont: CHART_FONT, labelLimit: 320 },
  background: 'white',
};

/**
 * Renders a Vega-Lite spec to an SVG string without a browser: compile to Vega, run a headless
 * View (renderer 'none') and serialise. Offline by construction: data must be inline values.
 * @example await renderChartSvg({ data: { values: [{ a: '七宝镇', b: 1 }] }, mark: 'bar', encoding: { y: { field: 'a', type: 'nominal' }, x: { field: 'b', type: 'quantitative' } } })
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" … <text …>七宝镇</text> … </svg>'
 */
export async function renderChartSvg(spec: TopLevelSpec): Promise<string> {
  const { vega, compile, loader } = await loadCharting();
  const { spec: vgSpec } = compile(spec, { config: CONFIG });
  const url = findUrl(vgSpec);
  if (url !== null) await refuse(url);
  // Vega logs a failed load and draws an empty chart; a report must fail loudly instead.
  const errors: string[] = [];
  const logger = {
    level: () => vega.Error,
    error: (...args: unknown[]) => (errors.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')), logger),
    warn: (...args: unknown[]) => (String(args[0]).startsWith('Loading failed') && errors.push(args.map(String).join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', loader, logger } as Vega.ViewOptions);
  try {
    const svg = await view.toSVG();
    if (errors.length > 0) throw new Error(`图表渲染失败：${errors.join('；')}`);
    return svg;
  } finally {
    view.finalize();
  }
}
