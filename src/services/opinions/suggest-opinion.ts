/** Suggestions for a record being written: topics, direction, intensity and the latent flag, from the text engine. */
import { classify } from '../../text/classify.ts'
import { defaultClassifier } from '../../text/default-classifier.ts'
import type { OpinionSuggestion } from '../../shared/opinion.schema.ts'
import { requireScope, type ServiceContext } from '../context.ts'

/** For anyone who may record opinions; nothing is stored. */
export async function suggestOpinion(ctx: ServiceContext, input: { text: string }): Promise<OpinionSuggestion> {
  await requireScope(ctx, 'create', 'opinion')
  const c = classify(defaultClassifier(), input.text)
  return { topics: c.topics, direction: c.direction, intensity: c.intensity, latent: c.latent }
}
