import { sql } from 'drizzle-orm'
import {
  bigint,
  customType,
  boolean,
  check,
  date,
  index,
  integer,
  json,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  bigserial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'
import type { ClusterYearStatus } from '../domain/cluster-year.ts'
import type { CommitteeKind, CommitteeLevel, CommitteeStatus, EndDecision, EndReason } from '../domain/committees.ts'
import type { Direction, ValueType } from '../domain/indicators.ts'
import type { OfficerPosition } from '../domain/officers.ts'
import type { AdjustmentType } from '../domain/peer-review.ts'
import type { Scheme } from '../domain/scheme.ts'
import type { ObjectionStatus } from '../domain/objections.ts'
import type { Role } from '../domain/roles.ts'
import type { HeadChosenBy, RotationPolicy } from '../domain/rotation.ts'
import type { AwardProposalAction, AwardProposalStatus, Period, SubmissionStatus } from '../domain/workflows.ts'

/** How a unit became a cluster-year's head or deputy: appointed (first year, by the organiser), or by a handover. */
type LeadershipChoice = 'appointed' | HeadChosenBy

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })
/** Raw bytes (a Buffer in JavaScript, on both drivers). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
})

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
    level: text('level').$type<CommitteeLevel>().notNull(),
    kind: text('kind').$type<CommitteeKind>().notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => committees.id),
    status: text('status').$type<CommitteeStatus>().notNull().default('active'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    successorId: uuid('successor_id').references((): AnyPgColumn => committees.id),
    /** merged or dissolved, once the committee ended (null while active). */
    endReason: text('end_reason').$type<EndReason>(),
    /** The decision that ended it: number, date, issuer. */
    endDecision: jsonb('end_decision').$type<EndDecision>(),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('committees_active_code_uq')
      .on(t.code)
      .where(sql`${t.status} = 'active' and ${t.code} is not null`),
    index('committees_parent_idx').on(t.parentId),
    index('committees_level_idx').on(t.level),
    check('committees_status_ck', sql`${t.status} in ('active', 'merged', 'dissolved')`),
    check('committees_end_reason_ck', sql`${t.endReason} is null or ${t.endReason} = ${t.status}`),
  ],
)

/**
 * Where an ended committee's area went: its one successor when merged, the committees named when
 * dissolved (none, one or several). A successor's predecessors are read back from here.
 */
export const committeeSuccessors = pgTable(
  'committee_successors',
  {
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => committees.id),
    /** The order the successors were named in. */
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.committeeId, t.successorId] }), index('committee_successors_successor_idx').on(t.successorId, t.committeeId)],
)

/** API keys: only the sha256 of the secret is kept; the secret itself is shown once. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
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
 * One row: the chain's last sequence number and hash, and how many events the Merkle tree holds.
 * Only the sequencer writes it, under its advisory lock (src/modules/audit-events/sequencer.ts):
 * writers never touch it.
 */
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  treeSize: bigint('tree_size', { mode: 'number' }).notNull().default(0),
})

/**
 * Events committed with their change and not yet sequenced: writers insert here, in their own
 * transaction and without any shared lock; the sequencer moves them into audit_events in order.
 * The payloads are `json`, kept as the writer sent them: checked, not parsed into jsonb, on the
 * writer's path (a bulk import appends kilobytes of payload per submission). What jsonb refuses
 * and json takes (NUL, lone surrogates) is refused by the writer (auditStatement), so every
 * pending event moves into audit_events, where payloads are jsonb.
 */
export const auditPending = pgTable('audit_pending', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  occurredAt: ts('occurred_at').notNull(),
  actorKeyId: uuid('actor_key_id'),
  actorRole: text('actor_role'),
  actorCommitteeId: uuid('actor_committee_id'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id').notNull(),
  before: json('before'),
  after: json('after'),
  requestId: text('request_id'),
})

/**
 * The RFC 9162 Merkle tree over audit_events, as its complete subtrees: (level L, index i) is
 * the hash of leaves [i·2^L, (i+1)·2^L); level 0 holds the leaf hashes. Append-only.
 */
export const auditTreeNodes = pgTable(
  'audit_tree_nodes',
  {
    level: smallint('level').notNull(),
    index: bigint('idx', { mode: 'number' }).notNull(),
    hash: bytea('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.index] })],
)

/** Public keys that have signed checkpoints; the private keys never reach the database. */
export const auditSigningKeys = pgTable('audit_signing_keys', {
  /** The C2SP signed-note key hash, 8 hex digits. */
  keyId: text('key_id').primaryKey(),
  name: text('name').notNull(),
  /** The raw 32-byte Ed25519 public key. */
  publicKey: bytea('public_key').notNull(),
  validFrom: ts('valid_from').notNull(),
  /** Set when a newer key was first used: this one signs nothing after it. */
  validUntil: ts('valid_until'),
})

/** Signed tree heads (C2SP tlog-checkpoint notes). One per tree size, never replaced. */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  treeSize: bigint('tree_size', { mode: 'number' }).primaryKey(),
  rootHash: bytea('root_hash').notNull(),
  origin: text('origin').notNull(),
  keyId: text('key_id')
    .notNull()
    .references(() => auditSigningKeys.keyId),
  note: text('note').notNull(),
  createdAt: ts('created_at').notNull(),
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
    /** 'completed': the effect and this answer committed in one transaction. */
    state: text('state').notNull(),
    responseStatus: integer('response_status'),
    responseHeaders: jsonb('response_headers'),
    /** The answer's bytes as sent without content coding, so a replay is byte-for-byte faithful. */
    responseBody: bytea('response_body'),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.principal, t.key] }), index('idempotency_keys_expires_idx').on(t.expiresAt)],
)

/** Cụm thi đua: a group of committees of one level, set up by an organising committee. */
export const clusters = pgTable(
  'clusters',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    searchText: text('search_text').notNull(),
    organizerCommitteeId: uuid('organizer_committee_id')
      .notNull()
      .references(() => committees.id),
    memberLevel: text('member_level').$type<CommitteeLevel>().notNull(),
    rotationPolicy: text('rotation_policy').$type<RotationPolicy>().notNull(),
    /** Committee ids in rotation order (round_robin only). */
    rotationOrder: jsonb('rotation_order').$type<string[]>(),
    description: text('description'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('clusters_code_uq').on(t.code), index('clusters_organizer_idx').on(t.organizerCommitteeId)],
)

/** One cluster's year: its status, members, head (Cụm trưởng) and deputy (Cụm phó). */
export const clusterYears = pgTable(
  'cluster_years',
  {
    id: uuid('id').primaryKey(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id),
    year: integer('year').notNull(),
    status: text('status').$type<ClusterYearStatus>().notNull(),
    headId: uuid('head_id').references(() => committees.id),
    deputyId: uuid('deputy_id').references(() => committees.id),
    /** appointed (first year, by the organiser), handover, or override (organiser, with reason). */
    headChosenBy: text('head_chosen_by').$type<LeadershipChoice>(),
    deputyChosenBy: text('deputy_chosen_by').$type<LeadershipChoice>(),
    leadershipNote: text('leadership_note'),
    /** The objection window (khiếu nại, giải trình) on the provisional ranking, once opened: from, until. */
    objectionsOpenAt: ts('objections_open_at'),
    objectionsCloseAt: ts('objections_close_at'),
    /** Bumped by every change to the ranking's inputs; the live ranking is cached per value. */
    inputsVersion: integer('inputs_version').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('cluster_years_cluster_year_uq').on(t.clusterId, t.year),
    check('cluster_years_head_deputy_ck', sql`${t.headId} is null or ${t.deputyId} is null or ${t.headId} <> ${t.deputyId}`),
    check(
      'cluster_years_objection_window_ck',
      sql`(${t.objectionsOpenAt} is null) = (${t.objectionsCloseAt} is null) and (${t.objectionsCloseAt} is null or ${t.objectionsCloseAt} > ${t.objectionsOpenAt})`,
    ),
  ],
)

/**
 * Membership per year. The organiser and year are copied here so the database itself keeps a
 * committee in at most one cluster of the same organiser in a year.
 */
export const clusterYearMembers = pgTable(
  'cluster_year_members',
  {
    clusterYearId: uuid('cluster_year_id')
      .notNull()
      .references(() => clusterYears.id),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    organizerCommitteeId: uuid('organizer_committee_id').notNull(),
    year: integer('year').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.clusterYearId, t.committeeId] }),
    uniqueIndex('cluster_year_members_one_cluster_uq').on(t.organizerCommitteeId, t.year, t.committeeId),
  ],
)

/** The formal handover from one year's head to the next (bàn giao, cờ luân lưu). */
export const handovers = pgTable(
  'handovers',
  {
    id: uuid('id').primaryKey(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    outgoingHeadId: uuid('outgoing_head_id').references(() => committees.id),
    incomingHeadId: uuid('incoming_head_id')
      .notNull()
      .references(() => committees.id),
    incomingDeputyId: uuid('incoming_deputy_id').references(() => committees.id),
    headChosenBy: text('head_chosen_by').$type<HeadChosenBy>().notNull(),
    overrideReason: text('override_reason'),
    handedOverAt: ts('handed_over_at').notNull(),
    venue: text('venue').notNull(),
    rotatingFlagHandedOver: boolean('rotating_flag_handed_over').notNull(),
    minutesRef: text('minutes_ref'),
    recordedBy: uuid('recorded_by'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('handovers_cluster_from_year_uq').on(t.clusterId, t.fromYear)],
)

/** A committee officer's tenure in a position: [startDate, endDate), endDate null while open. */
export const officerTenures = pgTable(
  'officer_tenures',
  {
    id: uuid('id').primaryKey(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    position: text('position').$type<OfficerPosition>().notNull(),
    personName: text('person_name').notNull(),
    title: text('title'),
    termLabel: text('term_label'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    reason: text('reason'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('officer_tenures_committee_idx').on(t.committeeId, t.position, t.startDate)],
)

/** The indicator catalogue (chỉ tiêu): what members report, with its unit and value type. */
export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en'),
    unit: text('unit').notNull(),
    valueType: text('value_type').$type<ValueType>().notNull(),
    direction: text('direction').$type<Direction>().notNull(),
    minValue: numeric('min_value'),
    maxValue: numeric('max_value'),
    description: text('description'),
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('indicators_code_uq').on(t.code)],
)

/** The scoring scheme of a cluster-year (validated by src/domain/scheme.ts), frozen by the pact. */
export const clusterYearSchemes = pgTable('cluster_year_schemes', {
  clusterYearId: uuid('cluster_year_id')
    .primaryKey()
    .references(() => clusterYears.id),
  scheme: jsonb('scheme').$type<Scheme>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at').notNull(),
})

/** A member's target (chỉ tiêu) for a criterion that needs one. */
export const clusterYearTargets = pgTable(
  'cluster_year_targets',
  {
    clusterYearId: uuid('cluster_year_id')
      .notNull()
      .references(() => clusterYears.id),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    criterionCode: text('criterion_code').notNull(),
    value: numeric('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clusterYearId, t.committeeId, t.criterionCode] })],
)

/** The signed emulation pact (giao ước thi đua); it freezes scheme and targets. */
export const pacts = pgTable('pacts', {
  clusterYearId: uuid('cluster_year_id')
    .primaryKey()
    .references(() => clusterYears.id),
  signedAt: ts('signed_at').notNull(),
  venue: text('venue').notNull(),
  signatories: jsonb('signatories').notNull(),
  /** sha256 of the canonical scheme and targets as signed. */
  digest: text('digest').notNull(),
  recordedBy: uuid('recorded_by'),
  createdAt: ts('created_at').notNull(),
})

/** Reporting periods H1 (sơ kết) and FY (tổng kết) with their input windows. */
export const periods = pgTable(
  'periods',
  {
    clusterYearId: uuid('cluster_year_id')
      .notNull()
      .references(() => clusterYears.id),
    period: text('period').$type<Period>().notNull(),
    opensAt: ts('opens_at').notNull(),
    closesAt: ts('closes_at').notNull(),
    closedAt: ts('closed_at'),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clusterYearId, t.period] })],
)

/** One committee's report for one cluster-year period. */
export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey(),
    clusterYearId: uuid('cluster_year_id')
      .notNull()
      .references(() => clusterYears.id),
    clusterId: uuid('cluster_id').notNull(),
    year: integer('year').notNull(),
    period: text('period').$type<Period>().notNull(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    status: text('status').$type<SubmissionStatus>().notNull(),
    late: boolean('late').notNull().default(false),
    returnReason: text('return_reason'),
    revision: integer('revision').notNull().default(0),
    submittedAt: ts('submitted_at'),
    acceptedAt: ts('accepted_at'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('submissions_one_per_period_uq').on(t.clusterYearId, t.period, t.committeeId),
    index('submissions_updated_idx').on(t.updatedAt),
    index('submissions_committee_idx').on(t.committeeId),
  ],
)

/** Reported values; on acceptance the secretariat may set an official value with a reason. */
export const submissionValues = pgTable(
  'submission_values',
  {
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    indicatorCode: text('indicator_code').notNull(),
    /** Null only when the member declares the indicator not applicable (notApplicable). */
    value: numeric('value'),
    note: text('note'),
    evidenceUrl: text('evidence_url'),
    officialValue: numeric('official_value'),
    correctionReason: text('correction_reason'),
    /** "Không áp dụng": declared with a reason, where the scheme allows it; then there is no value. */
    notApplicable: boolean('not_applicable').notNull().default(false),
    notApplicableReason: text('not_applicable_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.submissionId, t.indicatorCode] }),
    check(
      'submission_values_value_or_na_ck',
      sql`(${t.notApplicable} and ${t.value} is null and ${t.notApplicableReason} is not null) or (not ${t.notApplicable} and ${t.value} is not null)`,
    ),
  ],
)

/** Each return of a submission for revision, with its reason: kept after the member resubmits. */
export const submissionReturns = pgTable(
  'submission_returns',
  {
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    /** The revision that was returned. */
    revision: integer('revision').notNull(),
    reason: text('reason').notNull(),
    returnedAt: ts('returned_at').notNull(),
    returnedBy: uuid('returned_by'),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.revision] })],
)

/** An immutable copy of the values at each submit. */
export const submissionRevisions = pgTable(
  'submission_revisions',
  {
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    revision: integer('revision').notNull(),
    values: jsonb('values').notNull(),
    late: boolean('late').notNull(),
    submittedAt: ts('submitted_at').notNull(),
    submittedBy: uuid('submitted_by'),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.revision] })],
)

/** Award types of an organiser (cờ thi đua, bằng khen…); lower precedence ranks first. */
export const awardTypes = pgTable(
  'award_types',
  {
    id: uuid('id').primaryKey(),
    organizerCommitteeId: uuid('organizer_committee_id')
      .notNull()
      .references(() => committees.id),
    code: text('code').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en'),
    precedence: integer('precedence').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('award_types_organizer_code_uq').on(t.organizerCommitteeId, t.code)],
)

/** One assessor's peer scores for a cluster-year (the current set; history below). */
export const assessments = pgTable(
  'assessments',
  {
    clusterYearId: uuid('cluster_year_id')
      .notNull()
      .references(() => clusterYears.id),
    assessorId: uuid('assessor_id')
      .notNull()
      .references(() => committees.id),
    /** [{ targetId, criterionCode, score }] */
    scores: jsonb('scores').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.clusterYearId, t.assessorId] })],
)

export const assessmentHistory = pgTable(
  'assessment_history',
  {
    clusterYearId: uuid('cluster_year_id').notNull(),
    assessorId: uuid('assessor_id').notNull(),
    version: integer('version').notNull(),
    scores: jsonb('scores').notNull(),
    recordedAt: ts('recorded_at').notNull(),
    recordedBy: uuid('recorded_by'),
  },
  (t) => [primaryKey({ columns: [t.clusterYearId, t.assessorId, t.version] })],
)

/** Manual points, bonus, penalty and disqualification (điều chỉnh), each with a reason. */
export const adjustments = pgTable(
  'adjustments',
  {
    id: uuid('id').primaryKey(),
    clusterYearId: uuid('cluster_year_id')
      .notNull()
      .references(() => clusterYears.id),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    type: text('type').$type<AdjustmentType>().notNull(),
    criterionCode: text('criterion_code'),
    points: numeric('points'),
    reason: text('reason').notNull(),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by'),
    withdrawnAt: ts('withdrawn_at'),
    withdrawnReason: text('withdrawn_reason'),
  },
  (t) => [index('adjustments_cluster_year_idx').on(t.clusterYearId)],
)

/** A recorded vote (suy tôn) that orders a group of tied members. */
export const tieResolutions = pgTable(
  'tie_resolutions',
  {
    id: uuid('id').primaryKey(),
    clusterYearId: uuid('cluster_year_id')
      .notNull()
      .references(() => clusterYears.id),
    orderedCommitteeIds: jsonb('ordered_committee_ids').$type<string[]>().notNull(),
    tally: jsonb('tally'),
    reason: text('reason').notNull(),
    recordedAt: ts('recorded_at').notNull(),
    recordedBy: uuid('recorded_by'),
  },
  (t) => [index('tie_resolutions_cluster_year_idx').on(t.clusterYearId)],
)

/**
 * An objection (khiếu nại) a member files in the objection window against a line of the
 * provisional ranking (its own score or another member's), and the secretariat's answer.
 */
export const objections = pgTable(
  'objections',
  {
    id: uuid('id').primaryKey(),
    clusterYearId: uuid('cluster_year_id')
      .notNull()
      .references(() => clusterYears.id),
    /** The member that files it. */
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    /** The member whose score it is about (the filer's own or another's). */
    subjectCommitteeId: uuid('subject_committee_id')
      .notNull()
      .references(() => committees.id),
    /** The criterion of that score, or null for the total or the rank. */
    criterionCode: text('criterion_code'),
    reason: text('reason').notNull(),
    status: text('status').$type<ObjectionStatus>().notNull(),
    filedAt: ts('filed_at').notNull(),
    filedBy: uuid('filed_by'),
    /** The secretariat's answer: why, and for an accepted one the correction made. */
    answer: text('answer'),
    correction: text('correction'),
    answeredAt: ts('answered_at'),
    answeredBy: uuid('answered_by'),
  },
  (t) => [
    index('objections_cluster_year_idx').on(t.clusterYearId, t.id),
    check('objections_answer_ck', sql`(${t.status} = 'open') = (${t.answeredAt} is null)`),
    check('objections_status_ck', sql`${t.status} in ('open', 'accepted', 'rejected')`),
  ],
)

/** The frozen, final ranking with the digest of its canonical inputs. */
export const rankingSnapshots = pgTable('ranking_snapshots', {
  clusterYearId: uuid('cluster_year_id')
    .primaryKey()
    .references(() => clusterYears.id),
  ranking: jsonb('ranking').notNull(),
  inputs: jsonb('inputs').notNull(),
  inputsDigest: text('inputs_digest').notNull(),
  algorithmVersion: text('algorithm_version').notNull(),
  finalizedAt: ts('finalized_at').notNull(),
  finalizedBy: uuid('finalized_by'),
})

/** Đề nghị khen thưởng: one per member per cluster-year, ever. */
export const awardProposals = pgTable(
  'award_proposals',
  {
    id: uuid('id').primaryKey(),
    clusterYearId: uuid('cluster_year_id')
      .notNull()
      .references(() => clusterYears.id),
    clusterId: uuid('cluster_id').notNull(),
    year: integer('year').notNull(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id),
    awardTypeCode: text('award_type_code').notNull(),
    status: text('status').$type<AwardProposalStatus>().notNull(),
    explanation: jsonb('explanation').notNull(),
    /** 'generated' from the final ranking, or 'hand': entered by the cluster with its reason. */
    origin: text('origin').$type<'generated' | 'hand'>().notNull().default('generated'),
    reason: text('reason'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('award_proposals_one_per_member_uq').on(t.clusterYearId, t.committeeId), index('award_proposals_status_idx').on(t.status)],
)

/** Every step of a proposal: submission, approval, rejection, revocation. Never edited. */
export const awardProposalEvents = pgTable(
  'award_proposal_events',
  {
    id: uuid('id').primaryKey(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => awardProposals.id),
    action: text('action').$type<AwardProposalAction>().notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    signer: text('signer'),
    /** The signer's title (chức vụ), as on the paper decision. */
    signerTitle: text('signer_title'),
    reason: text('reason'),
    evidence: text('evidence'),
    at: ts('at').notNull(),
    actorKeyId: uuid('actor_key_id'),
  },
  (t) => [index('award_proposal_events_proposal_idx').on(t.proposalId, t.at)],
)

/**
 * A portal's webhook: the public changes of the given kinds (all when `types` is null) are
 * POSTed to `url`, signed with `secret` (Standard Webhooks). The audit log is the outbox: a
 * change and its audit event commit together, and `position` is how far along the log this
 * subscription's deliveries are (the last event delivered or skipped). Any replica may deliver;
 * one at a time holds the lease (`leaseOwner` until `leaseUntil`, claimed with SKIP LOCKED).
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey(),
    url: text('url').notNull(),
    types: text('types').array(),
    description: text('description'),
    /** The committee an organiser's subscription belongs to (null: an admin's). */
    committeeId: uuid('committee_id').references(() => committees.id),
    /**
     * The signing secret: needed to sign, so it is kept, sealed under the service's key
     * (`whenc:v1:…`, src/lib/secret-box.ts), or as it is (`whsec_…`) where no key is set; shown
     * once, never served again.
     */
    secret: text('secret').notNull(),
    status: text('status').$type<'active' | 'failing'>().notNull().default('active'),
    position: bigint('position', { mode: 'number' }).notNull(),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    /** Failed attempts at the event after `position`, since it last succeeded. */
    attempts: integer('attempts').notNull().default(0),
    /** When the current run of failures began (null while deliveries succeed). */
    failingSince: ts('failing_since'),
    lastError: text('last_error'),
    lastDeliveredAt: ts('last_delivered_at'),
    leaseOwner: text('lease_owner'),
    leaseUntil: ts('lease_until'),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('webhook_subscriptions_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'active'`),
    index('webhook_subscriptions_committee_idx').on(t.committeeId),
    check('webhook_subscriptions_status_ck', sql`${t.status} in ('active', 'failing')`),
  ],
)

/** Every attempt to deliver one event to one subscription: the delivery log. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    /** The audit event's seq (the change's position in the feed). */
    position: bigint('position', { mode: 'number' }).notNull(),
    /** The webhook-id header: the same for every attempt at one event. */
    messageId: text('message_id').notNull(),
    eventType: text('event_type').notNull(),
    attempt: integer('attempt').notNull(),
    attemptedAt: ts('attempted_at').notNull(),
    durationMs: integer('duration_ms').notNull(),
    outcome: text('outcome').$type<'delivered' | 'failed'>().notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
  },
  (t) => [
    index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.id),
    index('webhook_deliveries_time_idx').on(t.attemptedAt),
    check('webhook_deliveries_outcome_ck', sql`${t.outcome} in ('delivered', 'failed')`),
  ],
)

/**
 * A dossier's document (hồ sơ): the signed pact, a submission's evidence, the minutes of the
 * scoring conference (the ranking's finalisation) and of the handover, the cluster's proposal
 * letter (tờ trình), the award decision (quyết định). Kept in the database, so every replica and
 * both kinds of database see it. Never edited: a trigger (migrations/*_attachments.sql) refuses
 * UPDATE but for setting `superseded_by` once, to the attachment that names this one in its
 * `supersedes`, and refuses DELETE and TRUNCATE.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    /** What it is attached to: pact, submission, ranking, handover, award_proposal, award_decision, objection. */
    kind: text('kind').notNull(),
    /** The owner: the cluster-year (pact, ranking), the submission, the handover, the award proposal (its proposal letter and its decision), the objection. */
    ownerId: uuid('owner_id').notNull(),
    /** The cluster-year the owner belongs to (the export lists its attachments). */
    clusterYearId: uuid('cluster_year_id')
      .notNull()
      .references(() => clusterYears.id),
    fileName: text('file_name').notNull(),
    /** Sniffed from the content (src/domain/documents.ts), never taken from the request. */
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    /** Lowercase hex sha256 of `content`, computed by the server. */
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: ts('uploaded_at').notNull(),
    /** The attachment this one replaces (same kind and owner). */
    supersedes: uuid('supersedes').references((): AnyPgColumn => attachments.id),
    /** Set once, when a newer attachment supersedes this one. */
    supersededBy: uuid('superseded_by').references((): AnyPgColumn => attachments.id),
  },
  (t) => [
    index('attachments_owner_idx').on(t.kind, t.ownerId, t.id),
    index('attachments_cluster_year_idx').on(t.clusterYearId, t.id),
    uniqueIndex('attachments_supersedes_uq').on(t.supersedes),
    uniqueIndex('attachments_superseded_by_uq').on(t.supersededBy),
    check('attachments_kind_ck', sql`${t.kind} in ('pact', 'submission', 'ranking', 'handover', 'award_proposal', 'award_decision', 'objection')`),
    check('attachments_sha256_ck', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('attachments_size_ck', sql`${t.size} = octet_length(${t.content})`),
    check('attachments_not_self_ck', sql`${t.supersedes} <> ${t.id} and ${t.supersededBy} <> ${t.id}`),
  ],
)
