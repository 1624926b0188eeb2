/**
 * One ECharts chart, drawn on a canvas and resized with its box. Only the charts and components the app uses are
 * registered (echarts/core), so the bundle carries no more of ECharts than that; nothing is loaded from a CDN.
 */
import { useEffect, useRef } from 'react'
import * as echarts from 'echarts/core'
import { BarChart, CustomChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import type { EChartsCoreOption } from 'echarts/core'

// CustomChart draws the error bars of the survey results (the ± margin of error)
echarts.use([BarChart, CustomChart, HeatmapChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer])

export type ChartOption = EChartsCoreOption

type Props = {
  option: ChartOption
  height: number
  /** what the chart shows, for screen readers (the canvas itself says nothing) */
  label: string
  'data-testid'?: string
}

/** The chart; `data-rendered="1"` once ECharts finished drawing the current option (browser tests wait for it). */
export function EChart({ option, height, label, ...rest }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)

  useEffect(() => {
    const el = box.current
    if (!el) return
    const c = echarts.init(el, undefined, { renderer: 'canvas' })
    chart.current = c
    c.on('finished', () => el.setAttribute('data-rendered', '1'))
    const observer = new ResizeObserver(() => c.resize())
    observer.observe(el)
    return () => {
      observer.disconnect()
      c.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    box.current?.removeAttribute('data-rendered')
    chart.current?.setOption(option, { notMerge: true })
  }, [option])

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} data-testid={rest['data-testid']} />
}
