/**
 * The printable list of a voter meeting's petitions: one A4 page of HTML (Vietnamese, Times New Roman) with
 * the meeting's header and a table of petitions with their topic, a summary and how their handling stands.
 * Texts are shortened so that a usual meeting (about ten petitions) fits one page; a longer list goes on with
 * the table's header repeated.
 * Styles sit in a <style> block (the CSP allows inline styles); there is no script at all, and every piece
 * of user text is escaped.
 */
import vi from '../shared/i18n/vi.json' with { type: 'json' }
import type { MeetingDetailView, PetitionView } from '../shared/meeting.schema.ts'

const P = vi.meetingPrint
const TOPICS = vi.topics as Record<string, string>
const STATUSES = vi.issueStatuses as Record<string, string>

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}
const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''))
/** 2026-11-05 → 05/11/2026. */
const dmy = (day: string) => day.split('-').reverse().join('/')
/** At most `n` characters, cut at a word, with an ellipsis: the page must stay one page. */
const shorten = (s: string, n: number) => (s.length <= n ? s : s.slice(0, s.lastIndexOf(' ', n) > n / 2 ? s.lastIndexOf(' ', n) : n).trimEnd() + '…')

const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.25; color: #000; margin: 0; }
.org { text-transform: uppercase; font-weight: bold; font-size: 12pt; }
h1 { font-size: 14pt; text-align: center; margin: 10pt 0 2pt; }
.sub { text-align: center; font-style: italic; margin: 0 0 8pt; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 8pt; margin: 0 0 6pt; }
dt { font-weight: bold; } dd { margin: 0; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.2; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 1.5pt 3pt; vertical-align: top; text-align: left; }
th { text-align: center; } td.n { text-align: center; width: 8mm; } td.topic { width: 25mm; } td.status { width: 48mm; }
tr { page-break-inside: avoid; }
.title { font-weight: bold; } .answer { font-style: italic; }
.foot { margin-top: 6pt; display: flex; justify-content: space-between; font-size: 11pt; }
@media print { body { font-size: 11pt; } table { font-size: 10pt; } }
@media screen { body { max-width: 210mm; margin: 10mm auto; padding: 0 10mm; } }
`

function statusCell(p: PetitionView): string {
  const lines = p.streams.map((s) => {
    const label = s.status === 'none' ? P.none : (STATUSES[s.status] ?? s.status)
    const answer = s.issue?.answer ? ` <span class="answer">${escapeHtml(P.answer)}: ${escapeHtml(shorten(s.issue.answer, 140))}</span>` : ''
    return `<div>${escapeHtml(label)}.${answer}</div>`
  })
  return lines.join('') || escapeHtml(P.none)
}

function petitionRow(p: PetitionView, i: number): string {
  const topics = [...new Set(p.streams.flatMap((s) => s.topics))].map((t) => TOPICS[t] ?? t).join(', ')
  return `<tr><td class="n">${i + 1}</td><td class="topic">${escapeHtml(topics)}</td>`
    + `<td><span class="title">${escapeHtml(p.title)}</span>: ${escapeHtml(shorten(p.content, 160))}</td>`
    + `<td class="status">${statusCell(p)}</td></tr>`
}

/** The whole page. `today` is the local day printed at the foot. */
export function meetingPrintHtml(m: MeetingDetailView, today: string): string {
  const title = `${P.title} — ${dmy(m.heldOn)}`
  // the organising unit heads the page already
  const facts: [string, string][] = []
  if (m.area) facts.push([P.area, m.area.name])
  if (m.delegates.length > 0) facts.push([P.delegates, m.delegates.join('; ')])
  if (m.attendance != null) facts.push([P.attendance, String(m.attendance)])
  if (m.notes) facts.push([P.notes, shorten(m.notes, 300)])
  const rows = m.petitions.length > 0
    ? m.petitions.map(petitionRow).join('\n')
    : `<tr><td colspan="4">${escapeHtml(P.empty)}</td></tr>`
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="org">${escapeHtml(m.unit.name)}</div>
<h1>${escapeHtml(P.title)}</h1>
<p class="sub">${escapeHtml(fill(P.subtitle, { day: dmy(m.heldOn), place: m.place }))}</p>
<dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}:</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
<table>
<thead><tr><th>${escapeHtml(P.index)}</th><th>${escapeHtml(P.topic)}</th><th>${escapeHtml(P.content)}</th><th>${escapeHtml(P.status)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<div class="foot"><span>${escapeHtml(fill(P.total, { count: m.petitions.length }))}</span><span>${escapeHtml(fill(P.printedAt, { day: dmy(today) }))}</span></div>
</body>
</html>
`
}
