/** Text with the search matches marked, from the offsets the API gives (computed on the original accented text). */
import { Fragment } from 'react'

type Span = { start: number; end: number }

/** `text` with <mark> around each span; spans may come unsorted or overlapping. */
export function Highlight({ text, spans }: { text: string; spans?: readonly Span[] }) {
  if (!spans?.length) return <>{text}</>
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
  const parts: React.ReactNode[] = []
  let at = 0
  sorted.forEach((s, i) => {
    const start = Math.max(s.start, at)
    if (start >= s.end) return
    if (start > at) parts.push(<Fragment key={`t${i}`}>{text.slice(at, start)}</Fragment>)
    parts.push(<mark key={`m${i}`} className="hit">{text.slice(start, s.end)}</mark>)
    at = s.end
  })
  if (at < text.length) parts.push(<Fragment key="rest">{text.slice(at)}</Fragment>)
  return <>{parts}</>
}

/** A snippet of longer text: "…" where it was cut, matches marked. */
export function Snippet({ text, matches, cutBefore, cutAfter }: { text: string; matches: readonly Span[]; cutBefore: boolean; cutAfter: boolean }) {
  return <>{cutBefore && '…'}<Highlight text={text} spans={matches} />{cutAfter && '…'}</>
}
