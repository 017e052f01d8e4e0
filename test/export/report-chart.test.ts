import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/export/chart-svg.js';

describe('charts render to SVG without a browser or the network', () => {
  it('draws a bar chart with Chinese labels in the configured fonts', async () => {
    const svg = await renderChartSvg({
      title: '各街镇欠款',
      data: { values: [{ s: '七宝镇', v: 12.5 }, { s: '莘庄工业区', v: 3 }] },
      mark: 'bar',
      encoding: { y: { field: 's', type: 'nominal', title: '街镇' }, x: { field: 'v', type: 'quantitative', title: '万元' } },
    });
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of ['>各街镇欠款<', '>七宝镇<', '>莘庄工业区<', '>街镇<']) expect(svg).toContain(text);
    expect(svg).toMatch(/font-family="Microsoft YaHei[^"]*"/);
    expect(svg).not.toMatch(/<image|href="http/);
  });

  it('refuses data from a URL instead of fetching it', async () => {
    await expect(
      renderChartSvg({ data: { url: 'https://example.invalid/data.json' }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' } } }),
    ).rejects.toThrow(/不读取外部资源/);
  });
});
