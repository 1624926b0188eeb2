/** The trends page, loaded when first opened: ECharts stays out of the bundle the phone capture page loads. */
import { lazy, Suspense } from 'react'
import { Skeleton } from 'antd'

const TrendsPage = lazy(() => import('./TrendsPage.tsx').then((m) => ({ default: m.TrendsPage })))

/** /trends */
export function TrendsRoute() {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
      <TrendsPage />
    </Suspense>
  )
}
