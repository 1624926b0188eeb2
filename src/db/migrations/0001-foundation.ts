/** Units, areas, accounts, roles, sessions, tokens, sign-in attempts and the append-only audit log. */
import { sql, type Kysely } from 'kysely'
import { autoIncrementType, type DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, dialect: DialectName) {
  await db.schema
    .createTable('unit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('unit.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('active_from', 'text')
    .addColumn('active_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  // subtree scans are `path like '/a/b/%'`: a plain b-tree on path serves them with text_pattern_ops on PostgreSQL
  if (dialect === 'postgres') await sql`create index unit_path_idx on unit (path text_pattern_ops)`.execute(db)
  else await db.schema.createIndex('unit_path_idx').on('unit').column('path').execute()
  await db.schema.createIndex('unit_parent_idx').on('unit').column('parent_id').execute()

  await db.schema
    .createTable('unit_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute()
  await db.schema.createIndex('unit_history_unit_idx').on('unit_history').columns(['unit_id', 'at']).execute()

  await db.schema
    .createTable('area')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('geojson', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('unit_area')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('area_id', 'text', (c) => c.notNull().references('area.id'))
    .addPrimaryKeyConstraint('unit_area_pk', ['unit_id', 'area_id'])
    .execute()

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('last_login_at', 'text')
    // the unit that owns the account (where it was created); with the roles, it decides who sees the account
    .addColumn('home_unit_id', 'text', (c) => c.references('unit.id'))
    // folded username, full name and e-mail, kept by the app: "Nguyễn Văn An" → "nguyen van an"
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute()

  await db.schema
    .createTable('role_assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('is_responsible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('role_assignment_unique', ['user_id', 'role', 'unit_id'])
    .execute()
  await db.schema.createIndex('role_assignment_unit_idx').on('role_assignment').column('unit_id').execute()
  // at most one responsible officer (người phụ trách DLXH) per unit, enforced by the engine itself
  await sql`create unique index role_assignment_responsible_idx on role_assignment (unit_id) where is_responsible = 1`.execute(db)

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute()
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute()

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute()

  await db.schema
    .createTable('login_attempt')
    .addColumn('id', autoIncrementType(dialect), (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('success', 'integer', (c) => c.notNull())
    .addColumn('ip', 'text')
    .execute()
  await db.schema.createIndex('login_attempt_user_idx').on('login_attempt').columns(['username', 'at']).execute()

  await db.schema
    .createTable('audit_event')
    .addColumn('id', autoIncrementType(dialect), (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_username', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text')
    .addColumn('resource_id', 'text')
    .addColumn('unit_id', 'text')
    .addColumn('unit_path', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('details_json', 'text')
    .execute()
  await db.schema.createIndex('audit_event_at_idx').on('audit_event').column('at').execute()

  // the audit log is append-only: the engine refuses updates and deletes
  if (dialect === 'sqlite') {
    await sql`create trigger audit_event_no_update before update on audit_event
      begin select raise(abort, 'audit_event is append-only'); end`.execute(db)
    await sql`create trigger audit_event_no_delete before delete on audit_event
      begin select raise(abort, 'audit_event is append-only'); end`.execute(db)
  } else {
    await sql`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_event is append-only'; end $$`.execute(db)
    await sql`create trigger audit_event_no_change before update or delete on audit_event
      for each row execute function audit_event_append_only()`.execute(db)
  }
}
