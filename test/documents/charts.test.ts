/** Charts drawn on the server: ECharts SVG with the serif and NFC labels, PNG through resvg at print size. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { CHART_SIZE, chartOption, chartPng, chartSvg } from '../../src/documents/charts.ts'
import type { DocChart } from '../../src/documents/model.ts'

const bar: DocChart = { kind: 'bar', title: 'Biểu đồ 1', categories: ['Đất đai', 'Đô thị'], series: [{ name: 'Đồng tình'.normalize('NFD'), values: [2, 4] }, { name: 'Băn khoăn', values: [9, 7] }], stacked: true }
const pie: DocChart = { kind: 'pie', title: 'Biểu đồ 2', slices: [{ name: 'Cộng tác viên', value: 30 }, { name: 'Tiếp xúc cử tri', value: 6 }] }
const line: DocChart = { kind: 'line', title: 'Biểu đồ 3', categories: ['T8', 'T9', 'T10'], series: [{ name: 'Đất đai', values: [11, 15, 17] }], band: { low: [11, 15, 12], high: [11, 15, 22] } }

function pngSize(png: Buffer): { width: number; height: number } {
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]) // "PNG"
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe('charts', () => {
  it('renders a stacked bar chart to SVG with the serif, the legend in NFC and the figures', () => {
    const svg = chartSvg(bar)
    assert.match(svg, /^<svg[^>]*width="640"[^>]*height="360"/)
    assert.match(svg, /font-family[:=]"?[^;"]*Tinos/)
    assert.ok(svg.includes('Đồng tình'.normalize('NFC')))
    assert.ok(svg.includes('Đất đai'))
    assert.ok(svg.includes('>9<'), 'the figure 9 on its bar')
  })

  it('renders pie slices with their shares in vi-VN and a line chart with its forecast band', () => {
    assert.ok(chartSvg(pie).includes('Cộng tác viên: 83,3%'))
    const svg = chartSvg(line)
    assert.ok(svg.includes('Khoảng dự báo'))
    assert.ok(!svg.includes('__band_low'), 'the band floor is not in the legend')
    const series = (chartOption(line) as { series: { stack?: string }[] }).series
    assert.equal(series.filter((s) => s.stack === 'band').length, 2)
  })

  it('draws PNGs at 2.5 times the drawing size, with text (not blank)', () => {
    for (const chart of [bar, pie, line]) {
      const png = chartPng(chart)
      assert.deepEqual(pngSize(png), { width: CHART_SIZE.width * 2.5, height: CHART_SIZE.height * 2.5 })
      assert.ok(png.length > 20_000, 'a drawn chart, not an empty canvas')
    }
  })
})
