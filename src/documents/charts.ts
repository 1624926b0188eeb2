/**
 * Charts of a document, drawn on the server: a DocChart becomes an ECharts option, ECharts renders it to SVG without a
 * browser (server-side rendering), and resvg turns the SVG into a PNG for the DOCX and the PDF. Chart text is set in
 * the same serif as the PDF (Tinos, Times New Roman metrics), loaded from its file so no system font is needed.
 */
import * as echarts from 'echarts/core'
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { EChartsCoreOption } from 'echarts/core'
import { Resvg } from '@resvg/resvg-js'
import type { DocChart } from './model.ts'
import { SERIF_FAMILY, SERIF_FILES } from './fonts.ts'
import { nfc } from './layout.ts'

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, SVGRenderer])

/** The drawing size in CSS pixels; the PNG is drawn at `scale` times it for print. */
export const CHART_SIZE = { width: 640, height: 360 }
const PNG_SCALE = 2.5

// sober colours that stay apart in grey print: dark blue, red, grey, amber, green, purple
const PALETTE = ['#1f4e79', '#c0392b', '#7f8c8d', '#d68910', '#2e7d32', '#6c3483', '#117a8b', '#a04000']
// 16 px drawn 16 cm wide for 640 px prints at about 11 pt
const TEXT = { fontFamily: SERIF_FAMILY, fontSize: 16, color: '#000' }

/** The ECharts option of a chart (without its title: the document prints it as a caption). */
export function chartOption(chart: DocChart): EChartsCoreOption {
  const base = {
    animation: false,
    backgroundColor: '#ffffff',
    color: PALETTE,
    textStyle: TEXT,
    legend: { bottom: 0, textStyle: TEXT, itemGap: 16 },
  }
  if (chart.kind === 'pie') {
    return {
      ...base,
      legend: { show: false }, // each slice is labelled with its name and share
      series: [{
        type: 'pie',
        radius: '58%',
        center: ['50%', '52%'],
        data: chart.slices.map((s) => ({ name: nfc(s.name), value: s.value })),
        label: { ...TEXT, fontSize: 15, overflow: 'none', formatter: (p: { name: string; percent: number }) => `${p.name}: ${formatPercent(p.percent)}` },
      }],
    }
  }
  const categories = chart.categories.map(nfc)
  const category = { type: 'category', data: categories, axisLabel: { ...TEXT, fontSize: 15, interval: 0, overflow: 'break', width: Math.max(60, Math.floor(520 / Math.max(1, chart.categories.length))) }, axisTick: { alignWithLabel: true } }
  const value = { type: 'value', minInterval: 1, axisLabel: { ...TEXT, fontSize: 15 }, splitLine: { lineStyle: { color: '#d9d9d9' } } }
  const grid = { left: 12, right: 56, top: 24, bottom: 72 }
  if (chart.kind === 'bar') {
    return {
      ...base,
      grid,
      xAxis: chart.horizontal ? value : category,
      yAxis: chart.horizontal ? { ...category, inverse: true } : value,
      series: chart.series.map((s) => ({
        type: 'bar',
        name: nfc(s.name),
        data: s.values,
        stack: chart.stacked ? 'total' : undefined,
        barMaxWidth: 48,
        // figures on the bars; in a stack only the non-empty pieces say theirs
        label: { show: true, position: chart.stacked ? 'inside' : chart.horizontal ? 'right' : 'top', ...TEXT, fontSize: 14, color: chart.stacked ? '#fff' : '#000', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
      })),
    }
  }
  const series: unknown[] = chart.series.map((s) => ({
    type: 'line',
    name: nfc(s.name),
    data: s.values,
    symbolSize: 7,
    lineStyle: { width: 2.5 },
    label: { show: true, position: 'top', ...TEXT, fontSize: 14 },
  }))
  if (chart.band) {
    // the forecast band: an invisible floor at `low`, then the height high − low stacked on it and shaded
    const { low, high } = chart.band
    series.push(
      { type: 'line', name: '__band_low', data: low, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, silent: true },
      { type: 'line', name: 'Khoảng dự báo', data: high.map((h, i) => h - (low[i] ?? h)), stack: 'band', symbol: 'none', itemStyle: { color: '#c5d3e0' }, lineStyle: { opacity: 0 }, areaStyle: { color: '#1f4e79', opacity: 0.15 }, silent: true },
    )
  }
  return {
    ...base,
    legend: { ...base.legend, data: series.map((s) => (s as { name: string }).name).filter((n) => n !== '__band_low') },
    grid,
    xAxis: { ...category, boundaryGap: false },
    yAxis: value,
    series,
  }
}

function formatPercent(p: number): string {
  // vi-VN: "71,4%"
  return `${p.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`
}

/** The chart as an SVG document (ECharts server-side rendering, no DOM). */
export function chartSvg(chart: DocChart, size = CHART_SIZE): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  try {
    instance.setOption(chartOption(chart))
    return instance.renderToSVGString()
  } finally {
    instance.dispose()
  }
}

/** The chart as a PNG (resvg with the embedded serif, no system fonts), `scale` times the drawing size. */
export function chartPng(chart: DocChart, size = CHART_SIZE, scale = PNG_SCALE): Buffer {
  const svg = chartSvg(chart, size)
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(size.width * scale) },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: Object.values(SERIF_FILES),
      defaultFontFamily: SERIF_FAMILY,
      serifFamily: SERIF_FAMILY,
      sansSerifFamily: SERIF_FAMILY,
    },
  })
  return Buffer.from(resvg.render().asPng())
}
