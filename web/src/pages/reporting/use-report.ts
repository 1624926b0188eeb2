/**
 * A report being edited: the server's copy, the local draft (summary and sections), whether it differs, and save with
 * the version the edit started from. A 409 REPORT_VERSION_CONFLICT keeps the draft and raises `conflict`.
 */
import { useCallback, useEffect, useState } from 'react'
import { ApiError } from '../../api/client.ts'
import { reportingApi, type ReportSection, type ReportView } from '../../api/reporting.ts'

export type ReportDraft = { summary: string; sections: ReportSection[] }

/** The draft of a report as the server has it. */
function draftOf(r: ReportView): ReportDraft {
  return { summary: r.summary ?? '', sections: r.sections.map((s) => ({ ...s, streamIds: [...(s.streamIds ?? [])] })) }
}

/** True when the draft differs from the server's copy. */
export function isDirty(report: ReportView | undefined, draft: ReportDraft | undefined): boolean {
  if (!report || !draft) return false
  return JSON.stringify(draftOf(report)) !== JSON.stringify(draft)
}

/** Loads report `id` (null: none) and keeps its draft. */
export function useReport(id: string | null) {
  const [report, setReport] = useState<ReportView>()
  const [draft, setDraft] = useState<ReportDraft>()
  const [error, setError] = useState<unknown>()
  const [conflict, setConflict] = useState(false)
  const [tick, setTick] = useState(0)

  useEffect(() => {
    if (!id) {
      setReport(undefined)
      setDraft(undefined)
      return
    }
    const controller = new AbortController()
    reportingApi.get(id, controller.signal).then((r) => {
      setReport(r)
      setDraft(draftOf(r))
      setError(undefined)
      setConflict(false)
    }, (err: unknown) => {
      if (!controller.signal.aborted) setError(err)
    })
    return () => controller.abort()
  }, [id, tick])

  const replace = useCallback((r: ReportView) => {
    setReport(r)
    setDraft(draftOf(r))
    setConflict(false)
  }, [])

  const save = useCallback(async (): Promise<ReportView> => {
    if (!report || !draft) throw new Error('no report loaded')
    try {
      // the server keeps the template's titles: only each section's code, text and linked streams go back
      const sections = draft.sections.map(({ code, body, streamIds }) => ({ code, body, streamIds }))
      const saved = await reportingApi.save(report.id, { version: report.version, summary: draft.summary, sections })
      replace(saved)
      return saved
    } catch (err) {
      if (err instanceof ApiError && err.code === 'REPORT_VERSION_CONFLICT') setConflict(true)
      throw err
    }
  }, [report, draft, replace])

  const dirty = isDirty(report, draft)
  // leaving the page with unsaved text asks first (closing the tab, reloading)
  useEffect(() => {
    if (!dirty) return
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty])

  return { report, draft, setDraft, dirty, conflict, error, save, replace, reload: useCallback(() => setTick((n) => n + 1), []) }
}
