/** Queries on key-value settings (JSON values) and on the levels of mức lương cơ sở. No rules. */
import type { Insertable } from 'kysely'
import type { Db } from '../connect.ts'
import type { BaseSalaryTable } from '../database.ts'

/** A setting's value (parsed JSON), or undefined when it was never set. */
export async function getSetting(db: Db, key: string): Promise<unknown> {
  const row = await db.selectFrom('setting').select('value_json').where('key', '=', key).executeTakeFirst()
  return row ? JSON.parse(row.value_json) : undefined
}

/** Sets a setting to a JSON value, replacing the old one. */
export function putSetting(db: Db, key: string, value: unknown, at: string, by: string | null) {
  const value_json = JSON.stringify(value)
  return db
    .insertInto('setting')
    .values({ key, value_json, updated_at: at, updated_by: by })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json, updated_at: at, updated_by: by }))
    .execute()
}

/** Every level of mức lương cơ sở, newest first. */
export function listBaseSalaries(db: Db) {
  return db.selectFrom('base_salary').selectAll().orderBy('effective_from', 'desc').execute()
}

/** The level effective from a day, if any. */
export function findBaseSalaryFrom(db: Db, effectiveFrom: string) {
  return db.selectFrom('base_salary').selectAll().where('effective_from', '=', effectiveFrom).executeTakeFirst()
}

export function insertBaseSalary(db: Db, row: Insertable<BaseSalaryTable>) {
  return db.insertInto('base_salary').values(row).execute()
}

/** Corrects the amount of a level. */
export function updateBaseSalaryAmount(db: Db, id: string, amount: number) {
  return db.updateTable('base_salary').set({ amount }).where('id', '=', id).execute()
}
