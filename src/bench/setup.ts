/**
 * Bench databases: a fresh SQLite file under the data folder, or a fresh PostgreSQL database (`caunoi_bench`) on the
 * server named by the URL; migrated, with the corpus's unit tree and areas loaded through the real services.
 */
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { loadConfig, type AppConfig } from '../config.ts'
import { connect, type Connection } from '../db/connect.ts'
import type { DialectName } from '../db/dialect.ts'
import { migrateToLatest } from '../db/migrate.ts'
import { SYSTEM_ACTOR } from '../domain/policy.ts'
import { createArea } from '../services/areas/areas.ts'
import type { ServiceContext } from '../services/context.ts'
import { importUnits } from '../services/units/import-units.ts'
import { findUnitsByCodes } from '../db/repos/unit.repo.ts'
import { csvLine } from '../exports/csv.ts'
import { benchAreas, benchUnits, type CorpusOptions } from './corpus.ts'

export type BenchDatabase = { dialect: DialectName; conn: Connection; config: AppConfig; env: Record<string, string>; close(): Promise<void> }

/** The PostgreSQL database the bench creates (dropped and created again each run). */
export const BENCH_PG_DATABASE = 'caunoi_bench'

/** Replaces the database name of a postgres:// URL. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

/**
 * A fresh, migrated bench database. `pgUrl` names the server (any database on it); the bench uses its own.
 * `tag` (letters, digits, _) keeps runs that share a machine apart: `caunoi_bench_<tag>` and `<data>/bench-<tag>`.
 * `reuse` opens the database an earlier run left (its records, raw tables and tree) instead of a fresh one.
 */
export async function openBenchDatabase(dialect: DialectName, opts: { dataDir: string; pgUrl?: string; tag?: string; reuse?: boolean }): Promise<BenchDatabase> {
  if (opts.tag !== undefined && !/^[a-z0-9_]+$/.test(opts.tag)) throw new Error('--tag: lower-case letters, digits and _ only')
  const suffix = opts.tag ? `_${opts.tag}` : ''
  const benchDir = path.join(opts.dataDir, opts.tag ? `bench-${opts.tag}` : 'bench')
  const pgName = BENCH_PG_DATABASE + suffix
  if (dialect === 'sqlite') {
    const dir = benchDir
    fs.mkdirSync(dir, { recursive: true })
    const config = loadConfig({ CAUNOI_DATA_DIR: dir }, { demo: false })
    const file = config.sqliteFile
    if (opts.reuse && !fs.existsSync(file)) throw new Error(`--reuse: no bench database at ${file}`)
    if (!opts.reuse) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true })
    const conn = connect({ sqliteFile: file })
    await migrateToLatest(conn.db, 'sqlite')
    return { dialect, conn, config, env: { CAUNOI_DATA_DIR: dir }, close: () => conn.close() }
  }
  if (!opts.pgUrl) throw new Error('PostgreSQL: set BENCH_DATABASE_URL (or TEST_DATABASE_URL / DATABASE_URL) to a server the bench may create a database on')
  const admin = new pg.Client({ connectionString: opts.pgUrl })
  await admin.connect()
  if (!opts.reuse) {
    await admin.query(`drop database if exists ${pgName} with (force)`)
    await admin.query(`create database ${pgName}`)
  } else if ((await admin.query('select 1 from pg_database where datname = $1', [pgName])).rowCount === 0) {
    await admin.end()
    throw new Error(`--reuse: no bench database ${pgName}`)
  }
  await admin.end()
  const url = withDatabase(opts.pgUrl, pgName)
  const config = loadConfig({ DATABASE_URL: url, CAUNOI_DATA_DIR: benchDir }, { demo: false })
  const conn = connect({ databaseUrl: url })
  await migrateToLatest(conn.db, 'postgres')
  return { dialect, conn, config, env: { DATABASE_URL: url, CAUNOI_DATA_DIR: benchDir }, close: () => conn.close() }
}

/** A service context for the bench: the system actor and a fixed clock (the corpus's last day, noon in Hà Nội). */
export function benchContext(db: BenchDatabase, now = new Date('2026-11-24T05:00:00Z')): ServiceContext {
  return { db: db.conn.db, dialect: db.conn.dialect, actor: SYSTEM_ACTOR, now, ip: null, config: db.config }
}

/** Loads the corpus's units (through the unit import) and areas (created at their ward, linked to the ward's units). */
export async function seedTree(ctx: ServiceContext, opts: CorpusOptions = {}): Promise<void> {
  const units = benchUnits(opts)
  const areas = benchAreas(opts)
  // the tree first without areas (areas need their ward to exist), then the areas, then the links
  const rows = (withAreas: boolean) =>
    units.map((u) => ({
      code: u.code, name: u.name, kind: u.kind, parent_code: u.parentCode ?? '', active_from: '2020-01-01', active_to: '',
      areas: withAreas && u.parentCode && u.parentCode !== 'TP' ? areas.filter((a) => a.wardCode === u.parentCode).map((a) => a.code).join(';') : '',
    }))
  const header = ['code', 'name', 'kind', 'parent_code', 'active_from', 'active_to', 'areas']
  const csv = (withAreas: boolean) => Buffer.from([header, ...rows(withAreas).map((r) => header.map((h) => r[h as keyof typeof r]))].map(csvLine).join(''))
  await importUnits(ctx, { filename: 'units.csv', data: csv(false) })
  const wards = new Map((await findUnitsByCodes(ctx.db, [...new Set(areas.map((a) => a.wardCode))])).map((u) => [u.code, u.id]))
  for (const a of areas) await createArea(ctx, { code: a.code, name: a.name, unitId: wards.get(a.wardCode)! })
  await importUnits(ctx, { filename: 'units.csv', data: csv(true) })
}
