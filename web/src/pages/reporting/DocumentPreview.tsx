/**
 * A faithful HTML preview of a PartyDocument (Hướng dẫn 36-HD/VPTW): the two-column header (superior and issuing
 * body with "*" and the number; "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule, place and date), the type name and summary,
 * the body with its headings, tables and charts, the signature block and "Nơi nhận". The document is Vietnamese
 * whatever the UI language, like the DOCX and PDF made from the same data.
 */
import { useMemo } from 'react'
import type { DocBlock, DocChart, DocTable, PartyDocument } from '../../../../src/documents/model.ts'
import { translate } from '../../i18n/messages.ts'
import { EChart, type ChartOption } from '../../components/EChart.tsx'
import './reporting.css'

const vi = (key: string, params?: Record<string, string | number>) => translate('vi', key, params)

/** "Hòa Bình" and "2025-10-02" → "Hòa Bình, ngày 02 tháng 10 năm 2025". */
export function placeDate(place: string, date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date)
  if (!m) return place
  return vi('ui.reporting.doc.placeDate', { place, day: m[3]!, month: m[2]!, year: m[1]! })
}

/** The chart as an ECharts option (pie slices are drawn as bars: the preview registers bars and lines only). */
export function docChartOption(chart: DocChart): ChartOption {
  if (chart.kind === 'pie') {
    return {
      animation: false, grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true }, tooltip: { confine: true },
      xAxis: { type: 'category', data: chart.slices.map((s) => s.name), axisLabel: { interval: 0, rotate: chart.slices.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: chart.slices.map((s) => s.value), barMaxWidth: 36, label: { show: true, position: 'top' } }],
    }
  }
  const horizontal = chart.kind === 'bar' && chart.horizontal
  const cat = { type: 'category', data: chart.categories, axisLabel: { hideOverlap: true } }
  const val = { type: 'value', minInterval: 1 }
  return {
    animation: false, tooltip: { trigger: 'axis', confine: true }, legend: { bottom: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 8, bottom: 32, containLabel: true },
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? { ...cat, inverse: true } : val,
    series: chart.series.map((s) => ({
      name: s.name, type: chart.kind, data: s.values,
      ...(chart.kind === 'bar' ? { stack: chart.stacked ? 'all' : undefined, barMaxWidth: 28 } : { symbol: 'none' }),
    })),
  }
}

function Table({ table }: { table: DocTable }) {
  const align = (i: number) => table.align?.[i] ?? (i === 0 ? 'left' : 'right')
  return (
    <>
      {table.title && <p className="pd-table-title">{table.title}</p>}
      <table>
        <thead><tr>{table.header.map((h, i) => <th key={i}>{h}</th>)}</tr></thead>
        <tbody>
          {table.rows.map((row, r) => <tr key={r}>{row.map((c, i) => <td key={i} style={{ textAlign: align(i) }}>{c}</td>)}</tr>)}
          {table.total && <tr>{table.total.map((c, i) => <td key={i} style={{ textAlign: align(i), fontWeight: 'bold' }}>{c}</td>)}</tr>}
        </tbody>
      </table>
    </>
  )
}

function Chart({ chart }: { chart: DocChart }) {
  const option = useMemo(() => docChartOption(chart), [chart])
  return (
    <div className="pd-chart">
      <div style={{ fontWeight: 'bold', textAlign: 'center' }}>{chart.title}</div>
      <EChart option={option} height={220} label={chart.title} />
    </div>
  )
}

function Block({ block }: { block: DocBlock }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? <h2>{block.text}</h2> : block.level === 2 ? <h3>{block.text}</h3> : <h4>{block.text}</h4>
    case 'paragraph':
      return <p style={{ fontStyle: block.italic ? 'italic' : undefined, fontWeight: block.bold ? 'bold' : undefined }}>{block.text}</p>
    case 'bullets':
      return <ul>{block.items.map((it, i) => <li key={i}>{it}</li>)}</ul>
    case 'table':
      return <Table table={block.table} />
    case 'chart':
      return <Chart chart={block.chart} />
  }
}

/** The preview of the whole document. */
export function DocumentPreview({ doc }: { doc: PartyDocument }) {
  const number = doc.number ?? vi('ui.reporting.doc.noNumber')
  return (
    <div className="party-doc-wrap">
      <article className="party-doc" lang="vi" data-testid="doc-preview">
        <div className="pd-header">
          <div className="pd-left">
            {doc.superiorBody && <div className="pd-superior">{doc.superiorBody}</div>}
            <div className="pd-issuer">{doc.issuingBody}</div>
            <div className="pd-star">*</div>
            <div className="pd-number" data-testid="doc-number">{number}</div>
          </div>
          <div className="pd-right">
            <div className="pd-party">{vi('ui.reporting.doc.party')}</div>
            <hr className="pd-rule" />
            <div className="pd-place">{placeDate(doc.place, doc.date)}</div>
          </div>
        </div>
        {doc.draftMark && <div className="pd-draft" data-testid="doc-draft">{doc.draftMark}</div>}
        <div className="pd-type">{doc.typeName}</div>
        <div className="pd-summary">{doc.summary}</div>
        <div className="pd-dash">-----</div>
        {doc.body.map((b, i) => <Block key={i} block={b} />)}
        <div className="pd-foot">
          <div>
            <div className="pd-recipients-title">{vi('ui.reporting.doc.recipients')}</div>
            <div className="pd-recipients">{doc.recipients.map((r, i) => <div key={i}>{r}</div>)}</div>
          </div>
          <div className="pd-sign">
            <div className="pd-sign-on">{doc.signature.onBehalfOf}</div>
            <div className="pd-sign-title">{doc.signature.title}</div>
            <div className="pd-sign-name">{doc.signature.name}</div>
          </div>
        </div>
      </article>
    </div>
  )
}
