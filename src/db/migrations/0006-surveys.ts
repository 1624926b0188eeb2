/**
 * Surveys (điều tra DLXH): the survey with its questionnaire, its questions indexed for the survey database,
 * anonymous responses, single-use invitation codes (hashes only) and the weighting (raking margins).
 * A response holds no identity: no account, no IP address, no user agent, no device fingerprint.
 */
import { sql, type Kysely } from 'kysely'
import type { DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, dialect: DialectName) {
  const pathIndex = async (name: string, table: string, cols: string) => {
    // subtree scans are `unit_path like '/a/b/%'`; PostgreSQL needs text_pattern_ops for that
    if (dialect === 'postgres') await sql.raw(`create index ${name} on ${table} (${cols.replace('unit_path', 'unit_path text_pattern_ops')})`).execute(db)
    else await sql.raw(`create index ${name} on ${table} (${cols})`).execute(db)
  }

  await db.schema
    .createTable('survey')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    /** folded title, description and wave label ("Hài lòng" → "hai long"): what the survey database matches */
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    /** the owner unit: scope of every read and write */
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('unit_path', 'text', (c) => c.notNull())
    /** periodic | ad_hoc */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('wave_label', 'text')
    /** waves of one periodic survey share a series key */
    .addColumn('series_key', 'text')
    /** the Questionnaire (src/domain/survey/model.ts) as JSON */
    .addColumn('questionnaire_json', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text')
    .addColumn('closes_on', 'text')
    /** draft | open | closed | published */
    .addColumn('status', 'text', (c) => c.notNull())
    /** link (anyone with the link, rate limited) | invite (an invitation code is needed) */
    .addColumn('access', 'text', (c) => c.notNull().defaultTo('link'))
    .addColumn('results_visible_while_open', 'integer', (c) => c.notNull().defaultTo(0))
    /** JSON { fields: { area?, sex?, age_group?, social_group? }, targets: [{ dimension, value, target }], whenFull } */
    .addColumn('quotas_json', 'text', (c) => c.notNull())
    .addColumn('planned_sample', 'integer')
    /** random token of the public link (/khao-sat/<token>) */
    .addColumn('public_token', 'text', (c) => c.notNull().unique())
    .addColumn('opened_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await pathIndex('survey_path_idx', 'survey', 'unit_path, created_at')
  await db.schema.createIndex('survey_series_idx').on('survey').columns(['series_key', 'closes_on']).execute()

  // one row per question of a survey, rewritten with the questionnaire: the survey database's search and trends
  await db.schema
    .createTable('survey_question')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    /** folded label and choice labels */
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_question_pk', ['survey_id', 'name'])
    .execute()
  await db.schema.createIndex('survey_question_name_idx').on('survey_question').column('name').execute()

  await db.schema
    .createTable('survey_response')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
    /** public | invite | interviewer | paper | import */
    .addColumn('channel', 'text', (c) => c.notNull())
    /** made by the interviewer's device (offline outbox): a repeat send is the same response */
    .addColumn('client_id', 'text')
    /** `_id` of an imported row: a re-import adds nothing */
    .addColumn('external_id', 'text')
    /** Answers (by question name) as JSON */
    .addColumn('answers_json', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    /** raking weight; 1 when no margins are set */
    .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(1))
    /** quota cell, read from the answers to the mapped questions (choice values, not identities) */
    .addColumn('area', 'text')
    .addColumn('sex', 'text')
    .addColumn('age_group', 'text')
    .addColumn('social_group', 'text')
    .addUniqueConstraint('survey_response_client_unique', ['survey_id', 'client_id'])
    .addUniqueConstraint('survey_response_external_unique', ['survey_id', 'external_id'])
    .execute()
  await db.schema.createIndex('survey_response_survey_idx').on('survey_response').columns(['survey_id', 'submitted_at']).execute()

  await db.schema
    .createTable('survey_invite')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
    /** codes generated together */
    .addColumn('batch', 'text', (c) => c.notNull())
    /** SHA-256 of the code: the code itself is shown once and never stored */
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    /** the code's last characters, to tell codes apart in a list */
    .addColumn('hint', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    /** when it was used (once); nothing links it to the answer */
    .addColumn('used_at', 'text')
    .execute()
  await db.schema.createIndex('survey_invite_survey_idx').on('survey_invite').columns(['survey_id', 'created_at']).execute()

  await db.schema
    .createTable('survey_weighting')
    .addColumn('survey_id', 'text', (c) => c.primaryKey().references('survey.id').onDelete('cascade'))
    /** JSON { question: { choice: share } } as the admin entered them (shares normalised to sum to 1) */
    .addColumn('margins_json', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('iterations', 'integer', (c) => c.notNull())
    .addColumn('converged', 'integer', (c) => c.notNull())
    .addColumn('min_weight', 'double precision', (c) => c.notNull())
    .addColumn('max_weight', 'double precision', (c) => c.notNull())
    .addColumn('n_eff', 'double precision', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('computed_by', 'text', (c) => c.references('app_user.id'))
    .execute()
}
