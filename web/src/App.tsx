/** Providers (language, Ant Design locale and theme, session) and the routes. */
import { BrowserRouter, Route, Routes } from 'react-router-dom'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import enUS from 'antd/locale/en_US'
import { AuthProvider } from './auth/auth.tsx'
import { RequireAuth, RequirePermission } from './auth/RequireAuth.tsx'
import { LocaleProvider, useLocale } from './i18n/locale.tsx'
import { AppLayout } from './layout/AppLayout.tsx'
import { ComingSoon, NotFound } from './components/StatusPages.tsx'
import { SignInPage } from './pages/SignInPage.tsx'
import { OverviewPage } from './pages/OverviewPage.tsx'
import { UnitsPage } from './pages/units/UnitsPage.tsx'
import { UsersPage } from './pages/users/UsersPage.tsx'
import { MePage } from './pages/MePage.tsx'
import { AuditPage } from './pages/AuditPage.tsx'
import { CapturePage } from './pages/capture/CapturePage.tsx'
import { HomePage } from './pages/HomePage.tsx'
import { OpinionsPage } from './pages/opinions/OpinionsPage.tsx'
import { IssuesPage } from './pages/issues/IssuesPage.tsx'
import { TrendsRoute } from './pages/trends/TrendsRoute.tsx'
import { CollaboratorsPage } from './pages/collaborators/CollaboratorsPage.tsx'
import { MeetingsPage } from './pages/meetings/MeetingsPage.tsx'
import { InterviewRoute, PublicResultsRoute, PublicSurveyRoute, SurveyRoute, SurveysRoute } from './pages/surveys/SurveyRoutes.tsx'
import { ReportsPage } from './pages/reporting/ReportsPage.tsx'
import { ReportPage } from './pages/reporting/ReportPage.tsx'
import { CompliancePage } from './pages/reporting/CompliancePage.tsx'
import { WardReportPage } from './pages/reporting/WardReportPage.tsx'

function Themed() {
  const { lang } = useLocale()
  return (
    <ConfigProvider
      locale={lang === 'vi' ? viVN : enUS}
      theme={{ token: { colorPrimary: '#1d4ed8', borderRadius: 6 } }}
    >
      <AntApp>
        <AuthProvider>
          <BrowserRouter>
            <Routes>
              <Route path="/sign-in" element={<SignInPage />} />
              {/* public survey pages: answering and published results, without signing in */}
              <Route path="/khao-sat/:token" element={<PublicSurveyRoute />} />
              <Route path="/khao-sat/:token/ket-qua" element={<PublicResultsRoute />} />
              <Route element={<RequireAuth />}>
                <Route element={<AppLayout />}>
                  <Route index element={<HomePage overview={<OverviewPage />} />} />
                  <Route path="ghi-nhan" element={<RequirePermission resource="opinion" action="create"><CapturePage /></RequirePermission>} />
                  <Route path="trends" element={<RequirePermission resource="trend"><TrendsRoute /></RequirePermission>} />
                  <Route path="opinions" element={<RequirePermission resource="opinion"><OpinionsPage /></RequirePermission>} />
                  <Route path="issues/:id?" element={<RequirePermission resource="issue"><IssuesPage /></RequirePermission>} />
                  <Route path="meetings" element={<RequirePermission resource="meeting"><MeetingsPage /></RequirePermission>} />
                  <Route path="reports" element={<RequirePermission resource="report"><ReportsPage /></RequirePermission>} />
                  <Route path="reports/:id" element={<RequirePermission resource="report"><ReportPage /></RequirePermission>} />
                  <Route path="compliance" element={<RequirePermission resource="ward_report"><CompliancePage /></RequirePermission>} />
                  <Route path="ward-reports" element={<RequirePermission resource="ward_report"><WardReportPage /></RequirePermission>} />
                  <Route path="surveys" element={<RequirePermission resource="survey"><SurveysRoute /></RequirePermission>} />
                  <Route path="surveys/:id" element={<RequirePermission resource="survey"><SurveyRoute /></RequirePermission>} />
                  <Route path="phieu-dieu-tra" element={<RequirePermission resource="survey_response" action="create"><InterviewRoute /></RequirePermission>} />
                  <Route path="media" element={<ComingSoon title="ui.nav.media" description="ui.modules.media" />} />
                  <Route path="collaborators" element={<RequirePermission resource="collaborator"><CollaboratorsPage /></RequirePermission>} />
                  <Route path="units" element={<RequirePermission resource="unit"><UnitsPage /></RequirePermission>} />
                  <Route path="users" element={<RequirePermission resource="user"><UsersPage /></RequirePermission>} />
                  <Route path="audit" element={<RequirePermission resource="audit"><AuditPage /></RequirePermission>} />
                  <Route path="me" element={<MePage />} />
                  <Route path="*" element={<NotFound />} />
                </Route>
              </Route>
            </Routes>
          </BrowserRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  )
}

/** The whole web app. */
export function App() {
  return (
    <LocaleProvider>
      <Themed />
    </LocaleProvider>
  )
}
