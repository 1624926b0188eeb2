/**
 * Zod schemas and output types of the surveys API (điều tra dư luận xã hội). The questionnaire itself is
 * src/domain/survey/model.ts; `questionnaireSchema` below checks its shape.
 *
 * Every route under /api/surveys is scoped to the actor's units by the survey's owner unit: a survey outside the
 * scope is 404 (SURVEY_NOT_FOUND), never 403. Policy resources: `survey` (read, create, update, import, export,
 * manage = open/close/publish) and `survey_response` (read, create = interviewer/paper entry, import, export).
 *
 * Authenticated API
 *   GET    /api/surveys                         ?q&status&kind&seriesKey&page&pageSize → { items: SurveyListItem[], total }
 *   POST   /api/surveys                         CreateSurveyInput → 201 SurveyView                              (survey.create)
 *   GET    /api/surveys/fieldwork               → { items: SurveyView[] } open surveys the actor may enter answers into (interviewers;
 *          survey_response.create at the owner unit, below it or above it — a ward survey is fielded by its cells)
 *   GET    /api/surveys/:id                     → SurveyView
 *   PATCH  /api/surveys/:id                     UpdateSurveyInput → SurveyView  (questionnaire only while no answer exists) (survey.update)
 *   DELETE /api/surveys/:id                     → 204 (a draft without answers)                                  (survey.manage)
 *   POST   /api/surveys/import-form             multipart `file` (XLSForm .xlsx), ?unitId → 201 { id, questions, survey: SurveyView } (survey.import)
 *   GET    /api/surveys/:id/form.xlsx           the questionnaire as XLSForm                                       (survey.read)
 *   POST   /api/surveys/:id/open | /close | /publish | /unpublish  {} → SurveyView                                 (survey.manage)
 *          draft → open → closed → published; closed → open again; published → closed (unpublish)
 *   POST   /api/surveys/:id/public-token        {} → SurveyView with a new link token (the old link stops working) (survey.manage)
 *   GET    /api/surveys/:id/qr.png | qr.svg     QR code of the public link (?size=…)                              (survey.read)
 *   POST   /api/surveys/:id/invites             CreateInvitesInput → 201 InviteBatch (the codes are shown once; stored as hashes) (survey.manage)
 *   POST   /api/surveys/:id/invites.csv         CreateInvitesInput → the same codes as CSV (code, link)           (survey.manage)
 *   GET    /api/surveys/:id/invites             → InviteList (hints and use, never the codes)                      (survey.read)
 *   GET    /api/surveys/:id/invites.csv         → the list as CSV (hint, batch, created, used)                    (survey.read)
 *   GET    /api/surveys/:id/progress            → FieldworkProgress (visible while open)                          (survey.read)
 *   POST   /api/surveys/:id/responses           InterviewerResponseInput → 201 { response: ResponseView, created } (200 for a repeated clientId) (survey_response.create)
 *   GET    /api/surveys/:id/responses           ?page&pageSize → { items: ResponseView[], total }                 (survey_response.read)
 *   POST   /api/surveys/:id/responses/import    multipart `file` (CSV/XLSX), ?strict=1 → ResponseImportResult (survey_response.import)
 *          good rows go in (one transaction), bad rows are listed; with strict=1 any bad row refuses the file (400 IMPORT_INVALID)
 *   GET    /api/surveys/:id/responses.csv | responses.xlsx  anonymised responses (XLSX with a "codebook" sheet)  (survey_response.export)
 *   GET    /api/surveys/:id/codebook.csv        the codebook alone                                                 (survey_response.export)
 *   GET    /api/surveys/:id/weights             → WeightsView | null                                               (survey.read)
 *   PUT    /api/surveys/:id/weights             WeightsInput → WeightsView (raking to the margins)                 (survey.update)
 *   DELETE /api/surveys/:id/weights             → 204 (all weights back to 1)                                      (survey.update)
 *   GET    /api/surveys/:id/results             → SurveyResults (409 SURVEY_RESULTS_HIDDEN while open unless resultsVisibleWhileOpen) (survey.read)
 *   GET    /api/surveys/:id/crosstab            ?row&col → Crosstab                                   (survey.read, same hiding)
 *   GET    /api/surveys/:id/breakdown           ?question&by=area|sex|ageGroup|socialGroup → Crosstab of the question by a quota field
 *   GET    /api/surveys/:id/open-answers        ?question → OpenAnswers (grouped by topic and direction by the text engine) (survey.read, same hiding)
 *   GET    /api/surveys/:id/report.docx         "BÁO CÁO kết quả điều tra dư luận xã hội về …"                     (survey.export)
 *   GET    /api/survey-database/questions       ?q&page&pageSize → { items: QuestionHit[], total } (accent-insensitive over survey titles and question texts)
 *   GET    /api/survey-database/series          → SeriesItem[] (series keys with their waves)
 *   GET    /api/survey-database/trend           ?seriesKey&question → QuestionTrend (the same question name across the waves)
 *
 * Public API (no login; anonymous: no account, IP address, user agent or fingerprint is stored with an answer)
 *   GET    /api/public/surveys/:token           → PublicSurvey (the form; 404 unless open, closed or published)
 *   POST   /api/public/surveys/:token/responses PublicResponseInput → 201 { ok: true } — only while open; an invitation
 *          code is used once (SURVEY_INVITE_USED); without codes a per-IP rate limit in memory (SURVEY_RATE_LIMITED, 429);
 *          a browser POST must come from our own origin (ORIGIN_FORBIDDEN)
 *   GET    /api/public/surveys/:token/results   → SurveyResults, only once published (else 404 SURVEY_NOT_FOUND)
 *   GET    /api/public/surveys/:token/qr.png | qr.svg  QR code of the public link
 *
 * The public link of a survey is `<origin>/khao-sat/<publicToken>` (the web page), its API `/api/public/surveys/<token>`.
 */
import { z } from 'zod'

export const SURVEY_KINDS = ['periodic', 'ad_hoc'] as const
export type SurveyKind = (typeof SURVEY_KINDS)[number]
export const SURVEY_STATUSES = ['draft', 'open', 'closed', 'published'] as const
export type SurveyStatus = (typeof SURVEY_STATUSES)[number]
/** How an answer arrived: public link, invitation code, interviewer (offline capable), paper typed in, CSV import. */
export const RESPONSE_CHANNELS = ['public', 'invite', 'interviewer', 'paper', 'import'] as const
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number]
/** Quota dimensions (as src/domain/survey/quotas.ts); a response's profile is read from the answers to the mapped questions. */
export const QUOTA_DIMENSIONS = ['area', 'sex', 'ageGroup', 'socialGroup'] as const
export type QuotaDimension = (typeof QUOTA_DIMENSIONS)[number]
/** Who may answer through the public link: anyone (rate limited) or only with an invitation code. */
export const SURVEY_ACCESS = ['link', 'invite'] as const

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'DATE_FORMAT')
const qname = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'SURVEY_QUESTION_NAME').max(64)

// ---- the questionnaire (src/domain/survey/model.ts) ----
const choiceSchema = z.strictObject({ value: z.string().trim().min(1).max(64), label: z.string().trim().min(1).max(500) })
export const questionSchema = z.strictObject({
  name: qname,
  type: z.enum(['single', 'multiple', 'likert5', 'rating', 'integer', 'decimal', 'text', 'long_text', 'matrix', 'note']),
  label: z.string().trim().min(1).max(2000),
  hint: z.string().max(2000).optional(),
  required: z.boolean().optional(),
  relevant: z.string().max(1000).optional(),
  choices: z.array(choiceSchema).max(200).optional(),
  listName: z.string().max(64).optional(),
  rows: z.array(choiceSchema).max(100).optional(),
  scaleMax: z.number().int().min(2).max(10).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
})
export const sectionSchema = z.strictObject({
  name: qname,
  title: z.string().max(500),
  relevant: z.string().max(1000).optional(),
  questions: z.array(questionSchema).max(300),
})
export const questionnaireSchema = z.strictObject({ title: z.string().trim().max(500), sections: z.array(sectionSchema).max(50) })

// ---- quotas ----
const criteriaSchema = z.strictObject({
  area: z.string().min(1).max(64).optional(),
  sex: z.string().min(1).max(64).optional(),
  ageGroup: z.string().min(1).max(64).optional(),
  socialGroup: z.string().min(1).max(64).optional(),
})
/** A quota cell: the dimensions it constrains (choice values of the mapped questions), e.g. { area: "tdp05", sex: "nu" }. */
export const quotaCellSchema = z.strictObject({
  key: z.string().min(1).max(100),
  criteria: criteriaSchema,
  target: z.number().int().min(0).max(1_000_000),
  /** refuse answers to this cell once full; absent = the survey's `whenFull` */
  closeWhenFull: z.boolean().optional(),
})
export const quotasSchema = z.strictObject({
  /** the question whose answer gives each dimension of a response's profile */
  fields: z.strictObject({ area: qname.optional(), sex: qname.optional(), ageGroup: qname.optional(), socialGroup: qname.optional() }).default({}),
  /** when `fields.ageGroup` is an integer (age) question: its bands ({ value: "60+", min: 60 }) */
  ageBands: z.array(z.strictObject({ value: z.string().min(1).max(64), min: z.number().int().optional(), max: z.number().int().optional() })).max(20).optional(),
  cells: z.array(quotaCellSchema).max(500).default([]),
  /** for cells without closeWhenFull: refuse an answer that falls in a full cell (SURVEY_QUOTA_FULL), or accept it anyway */
  whenFull: z.enum(['accept', 'refuse']).default('accept'),
})
export type Quotas = z.infer<typeof quotasSchema>

// ---- surveys ----
export const createSurveyInput = z.strictObject({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000).default(''),
  /** the owner unit: the survey is seen by whoever reads surveys at that unit or above */
  unitId: z.string().max(100),
  kind: z.enum(SURVEY_KINDS).default('ad_hoc'),
  /** the wave's label in the survey database ("Quý IV/2026") */
  waveLabel: z.string().trim().max(100).nullable().optional(),
  /** groups waves of a periodic survey ("hai-long-6-thang"); the same question name across a series is a trend */
  seriesKey: z.string().trim().regex(/^[a-z0-9][a-z0-9._-]*$/, 'SURVEY_SERIES_KEY').max(64).nullable().optional(),
  questionnaire: questionnaireSchema.default({ title: '', sections: [] }),
  opensOn: isoDate.nullable().optional(),
  closesOn: isoDate.nullable().optional(),
  access: z.enum(SURVEY_ACCESS).default('link'),
  resultsVisibleWhileOpen: z.boolean().default(false),
  quotas: quotasSchema.default({ fields: {}, cells: [], whenFull: 'accept' }),
  /** planned sample size (from the sample-size helper) */
  plannedSample: z.number().int().min(1).max(1_000_000).nullable().optional(),
})
/** Any of the fields, none defaulted: what is left out stays as it is. */
export const updateSurveyInput = z.strictObject({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000),
  unitId: z.string().max(100),
  kind: z.enum(SURVEY_KINDS),
  waveLabel: z.string().trim().max(100).nullable(),
  seriesKey: z.string().trim().regex(/^[a-z0-9][a-z0-9._-]*$/, 'SURVEY_SERIES_KEY').max(64).nullable(),
  questionnaire: questionnaireSchema,
  opensOn: isoDate.nullable(),
  closesOn: isoDate.nullable(),
  access: z.enum(SURVEY_ACCESS),
  resultsVisibleWhileOpen: z.boolean(),
  quotas: quotasSchema,
  plannedSample: z.number().int().min(1).max(1_000_000).nullable(),
}).partial()
export const surveyListQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(SURVEY_STATUSES).optional(),
  kind: z.enum(SURVEY_KINDS).optional(),
  seriesKey: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
})
export const importFormQuery = z.object({ unitId: z.string().max(100).optional() })

export type CreateSurveyInput = z.infer<typeof createSurveyInput>
export type UpdateSurveyInput = z.infer<typeof updateSurveyInput>
export type SurveyListQuery = z.infer<typeof surveyListQuery>

export type SurveyView = {
  id: string
  title: string
  description: string
  unit: { id: string; code: string; name: string }
  kind: SurveyKind
  waveLabel: string | null
  seriesKey: string | null
  questionnaire: z.infer<typeof questionnaireSchema>
  opensOn: string | null
  closesOn: string | null
  status: SurveyStatus
  access: 'link' | 'invite'
  resultsVisibleWhileOpen: boolean
  quotas: Quotas
  plannedSample: number | null
  /** the public link's token (path /khao-sat/<token>) */
  publicToken: string
  responses: number
  weighted: boolean
  openedAt: string | null
  closedAt: string | null
  publishedAt: string | null
  createdAt: string
  updatedAt: string
}
export type SurveyListItem = Omit<SurveyView, 'questionnaire' | 'quotas'> & { questions: number }

// ---- invitation codes ----
export const createInvitesInput = z.strictObject({ count: z.number().int().min(1).max(5000) })
export type InviteBatch = { batch: string; codes: { code: string; link: string }[] }
export type InviteList = { total: number; used: number; items: { id: string; batch: string; hint: string; createdAt: string; usedAt: string | null }[] }

// ---- fieldwork ----
export type FieldworkProgress = {
  status: SurveyStatus
  total: number
  plannedSample: number | null
  byChannel: { channel: ResponseChannel; count: number }[]
  /** local days (Asia/Ho_Chi_Minh) with at least one answer, in order */
  byDay: { day: string; count: number }[]
  /** one per quota cell, in the survey's order (src/domain/survey/quotas.ts quotaProgress) */
  quotas: { key: string; criteria: Partial<Record<QuotaDimension, string>>; target: number; count: number; remaining: number; percent: number; full: boolean; closeWhenFull: boolean }[]
}

// ---- responses ----
export const answersSchema = z.record(
  z.string().max(64),
  z.union([z.string().max(20_000), z.number(), z.array(z.string().max(64)).max(200), z.record(z.string().max(64), z.string().max(64))]),
)
/** Interviewer or paper entry. The device makes `clientId` when the answer is written (offline too). */
export const interviewerResponseInput = z.strictObject({
  clientId: z.string().uuid(),
  channel: z.enum(['interviewer', 'paper']).default('interviewer'),
  answers: answersSchema,
  /** when it was answered (ISO instant; default now; not in the future) */
  submittedAt: z.string().datetime({ offset: true }).optional(),
})
export const publicResponseInput = z.strictObject({
  answers: answersSchema,
  /** a single-use invitation code (required when the survey's access is "invite") */
  inviteCode: z.string().trim().max(40).optional(),
})
export const responsesQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
})
export type InterviewerResponseInput = z.infer<typeof interviewerResponseInput>
export type PublicResponseInput = z.infer<typeof publicResponseInput>
/** An anonymised response: no account, device or address; the interviewer is not shown either. */
export type ResponseView = {
  id: string
  channel: ResponseChannel
  submittedAt: string
  answers: Record<string, unknown>
  weight: number
  /** the quota profile read from the answers */
  cell: { area: string | null; sex: string | null; ageGroup: string | null; socialGroup: string | null }
}
export type ResponseImportResult = {
  imported: number
  unchanged: number
  rejected: { row: number; column: string | null; code: string; message: string }[]
}

// ---- weights ----
/** `{ "margins": { "<question>": { "<choice>": share, … } } }`; shares of a question sum to 1 (or 100). */
export const weightsInput = z.strictObject({
  margins: z.record(qname, z.record(z.string().max(64), z.number().min(0))),
})
export type WeightsInput = z.infer<typeof weightsInput>
export type WeightsView = {
  margins: Record<string, Record<string, number>>
  /** respondents weighted (those who answered every margin question); the others keep weight 1 */
  n: number
  iterations: number
  converged: boolean
  minWeight: number
  maxWeight: number
  /** Kish effective sample size of the weighted respondents */
  nEff: number
  computedAt: string
}

// ---- results (the CLI contract: percentages 0–100, moe in percentage points) ----
export type ResultOption = { value: string; label: string; count: number; percent: number; weightedPercent: number; moe: number }
/** As src/domain/survey/stats.ts QuestionResult, with the labels added. */
export type QuestionResult = {
  name: string
  type: string
  label: string
  /** respondents who answered the question */
  n: number
  /** one per choice, in list order; empty for text, numbers and matrix */
  options: ResultOption[]
  /** integer, decimal, rating, likert5 */
  numeric?: { mean: number; median: number; weightedMean: number }
  /** matrix: one result per row over the shared scale */
  rows?: { value: string; label: string; n: number; options: ResultOption[] }[]
}
export type SurveyResults = { id: string; title: string; status: SurveyStatus; n: number; weighted: boolean; questions: QuestionResult[] }

export const crosstabQuery = z.object({ row: qname, col: qname })
export const breakdownQuery = z.object({ question: qname, by: z.enum(QUOTA_DIMENSIONS) })
/**
 * Cross-tab (unweighted counts): counts[i][j] for rows[i] × cols[j] (choice values; labels alongside); rowPercents
 * 0–100 per row; Pearson's chi-square, null when the test does not apply (a multiple-choice question, < 2 non-empty
 * rows or columns). `n` = respondents who answered both.
 */
export type Crosstab = {
  rows: string[]
  cols: string[]
  rowLabels: string[]
  colLabels: string[]
  counts: number[][]
  rowPercents: number[][]
  n: number
  chiSquare: number | null
  df: number | null
  pValue: number | null
}

export const openAnswersQuery = z.object({ question: qname })
export type OpenAnswers = {
  question: string
  n: number
  groups: { topic: string; direction: string; count: number; examples: string[] }[]
}

// ---- the survey database ----
export const questionSearchQuery = z.object({
  q: z.string().max(200).default(''),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
})
export const trendQuery = z.object({ seriesKey: z.string().max(64), question: qname })
export type QuestionHit = {
  survey: { id: string; title: string; waveLabel: string | null; seriesKey: string | null; status: SurveyStatus; closesOn: string | null }
  /** null when the survey matched by its title or description */
  question: { name: string; label: string; type: string } | null
}
export type SeriesItem = { seriesKey: string; waves: { id: string; title: string; waveLabel: string | null; status: SurveyStatus; closesOn: string | null }[] }
export type QuestionTrend = {
  seriesKey: string
  question: string
  label: string
  /** waves whose results are readable (closed or published), oldest first */
  waves: { id: string; waveLabel: string | null; closesOn: string | null; n: number; options: ResultOption[] }[]
}

// ---- public ----
export type PublicSurvey = {
  title: string
  description: string
  questionnaire: z.infer<typeof questionnaireSchema>
  status: SurveyStatus
  closesOn: string | null
  /** answers need an invitation code */
  inviteOnly: boolean
  /** results are public (status published) */
  resultsPublished: boolean
}
