import { sql } from 'drizzle-orm'
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

/** Ủy ban MTTQ: a Front committee (or a non-Front unit that sits in a cluster) at one level. */
export const committees = pgTable(
  'committees',
  {
    id: uuid('id').primaryKey(),
    code: text('code'),
    name: text('name').notNull(),
    shortName: text('short_name'),
    /** Folded name, short name and code for diacritics-insensitive search (see src/domain/text.ts). */
    searchText: text('search_text').notNull(),
    level: text('level').notNull(),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id').references((): any => committees.id),
    status: text('status').notNull().default('active'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    successorId: uuid('successor_id').references((): any => committees.id),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('committees_active_code_uq').on(t.code).where(sql`${t.status} = 'active' and ${t.code} is not null`),
    index('committees_parent_idx').on(t.parentId),
    index('committees_level_idx').on(t.level),
    check('committees_status_ck', sql`${t.status} in ('active', 'merged', 'dissolved')`),
  ],
)

/** API keys: only the sha256 of the secret is kept; the secret itself is shown once. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    committeeId: uuid('committee_id').references(() => committees.id),
    secretHash: text('secret_hash').notNull(),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by'),
    expiresAt: ts('expires_at'),
    revokedAt: ts('revoked_at'),
    revokedReason: text('revoked_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('api_keys_committee_idx').on(t.committeeId)],
)

/**
 * The hash-chained audit log. Append-only: a trigger (migrations/*_audit_append_only.sql)
 * rejects UPDATE, DELETE and TRUNCATE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    occurredAt: ts('occurred_at').notNull(),
    actorKeyId: uuid('actor_key_id'),
    actorRole: text('actor_role'),
    actorCommitteeId: uuid('actor_committee_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId, t.seq), index('audit_events_time_idx').on(t.occurredAt)],
)

/**
 * One row: the last sequence number and hash. Writers lock it (SELECT … FOR UPDATE) inside
 * their transaction, so concurrent writers queue and the chain never forks.
 */
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
})

/** Stored responses for Idempotency-Key replays, scoped to the API key that sent them. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    principal: text('principal').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state').notNull(),
    responseStatus: integer('response_status'),
    responseHeaders: jsonb('response_headers'),
    responseBody: text('response_body'),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.principal, t.key] }), index('idempotency_keys_expires_idx').on(t.expiresAt)],
)
