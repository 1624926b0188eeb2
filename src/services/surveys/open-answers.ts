/** Open (text) answers of one question grouped by topic and direction through the text engine (as `caunoi text classify`). */
import { listAllResponses } from '../../db/repos/survey-response.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { allQuestions } from '../../domain/survey/model.ts'
import type { OpenAnswers } from '../../shared/survey.schema.ts'
import { classify } from '../../text/classify.ts'
import { defaultClassifier } from '../../text/default-classifier.ts'
import type { ServiceContext } from '../context.ts'
import { requireResultsVisible, surveyFor } from './survey-access.ts'
import { answersOf, questionnaireOf } from './survey-views.ts'

const EXAMPLES = 5

export async function getOpenAnswers(ctx: ServiceContext, surveyId: string, question: string): Promise<OpenAnswers> {
  const row = await surveyFor(ctx, 'read', 'survey', surveyId)
  requireResultsVisible(row)
  const x = allQuestions(questionnaireOf(row)).find((e) => e.question.name === question)?.question
  if (!x) throw new DomainError('SURVEY_QUESTION_NOT_FOUND', { fields: [{ path: 'question', code: 'SURVEY_QUESTION_NOT_FOUND' }] })
  if (x.type !== 'text' && x.type !== 'long_text') throw new DomainError('SURVEY_QUESTION_NOT_TEXT', { fields: [{ path: 'question', code: 'SURVEY_QUESTION_NOT_TEXT' }] })
  const texts = (await listAllResponses(ctx.db, row.id)).map((r) => answersOf(r)[question]).filter((v): v is string => typeof v === 'string' && v.trim() !== '')
  const c = texts.length > 0 ? defaultClassifier() : null
  const groups = new Map<string, { topic: string; direction: string; count: number; examples: string[] }>()
  for (const text of texts) {
    const r = classify(c!, text)
    const topic = r.topics[0]?.code ?? 'khac'
    const key = `${topic}|${r.direction.code}`
    const g = groups.get(key) ?? { topic, direction: r.direction.code, count: 0, examples: [] }
    g.count++
    if (g.examples.length < EXAMPLES) g.examples.push(text)
    groups.set(key, g)
  }
  return { question, n: texts.length, groups: [...groups.values()].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic) || a.direction.localeCompare(b.direction)) }
}
