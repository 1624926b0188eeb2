/**
 * Answers to the people's concerns that were marked publishable, for anyone without signing in: the title,
 * the answer and the day it was given — nothing about units, officers, records or the people who spoke.
 */
import { countPublicAnswers, listPublicAnswerRows } from '../../db/repos/issue.repo.ts'
import { localDay } from '../../domain/time.ts'
import type { PublicAnswer } from '../../shared/issue.schema.ts'
import type { ServiceContext } from '../context.ts'

export async function listPublicAnswers(ctx: ServiceContext, input: { page: number; pageSize: number }): Promise<{ items: PublicAnswer[]; total: number }> {
  const [rows, total] = await Promise.all([listPublicAnswerRows(ctx.db, input.pageSize, (input.page - 1) * input.pageSize), countPublicAnswers(ctx.db)])
  return { items: rows.map((r) => ({ title: r.title, answerText: r.answer_text!, answeredOn: localDay(new Date(r.answered_at!)) })), total }
}
