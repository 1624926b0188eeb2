/** The survey pages, each loaded when first opened (ECharts and the builder stay out of the other pages' bundles). */
import { lazy, Suspense, type ReactNode } from 'react'
import { Skeleton } from 'antd'

const SurveysPage = lazy(() => import('./SurveysPage.tsx').then((m) => ({ default: m.SurveysPage })))
const SurveyPage = lazy(() => import('./SurveyPage.tsx').then((m) => ({ default: m.SurveyPage })))
const InterviewPage = lazy(() => import('./InterviewPage.tsx').then((m) => ({ default: m.InterviewPage })))
const PublicSurveyPage = lazy(() => import('./PublicSurveyPage.tsx').then((m) => ({ default: m.PublicSurveyPage })))
const PublicResultsPage = lazy(() => import('./PublicSurveyPage.tsx').then((m) => ({ default: m.PublicResultsPage })))

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} style={{ padding: 12 }} />}>{children}</Suspense>
}

/** /surveys */
export const SurveysRoute = () => <Loading><SurveysPage /></Loading>
/** /surveys/:id */
export const SurveyRoute = () => <Loading><SurveyPage /></Loading>
/** /phieu-dieu-tra */
export const InterviewRoute = () => <Loading><InterviewPage /></Loading>
/** /khao-sat/:token (public) */
export const PublicSurveyRoute = () => <Loading><PublicSurveyPage /></Loading>
/** /khao-sat/:token/ket-qua (public) */
export const PublicResultsRoute = () => <Loading><PublicResultsPage /></Loading>
