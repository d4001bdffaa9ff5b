import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type TSchema } from 'typebox'
import { ATTACHMENT_KINDS, DOCUMENT_MEDIA_TYPES } from '../../domain/documents.ts'
import { OBJECTION_STATUSES } from '../../domain/objections.ts'
import { DateOnly, DecimalString, Nullable, problems, StringEnum, Timestamp, Uuid, Year } from '../../lib/http-schemas.ts'
import { attachment, CSV_MEDIA_TYPE } from '../../lib/csv.ts'
import { notModified } from '../../lib/etag.ts'
import type { NoteSigner } from '../../lib/tlog/note.ts'
import { grant, scopeOf } from '../../plugins/auth.ts'
import { BUNDLE_FORMAT, exportService } from './service.ts'

export interface ExportRoutesOptions {
  /** The audit log's signing key (BuildOptions.signer): it signs the bundles too. */
  signer: NoteSigner | null
}

const ExportParams = Type.Object({ clusterId: Uuid, year: Year })

const Hex64 = Type.String({ pattern: '^[0-9a-f]{64}$' })
const Base64Hash = Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$', description: 'SHA-256 hash, base64' })
const Text = Type.String()
const obj = (properties: Record<string, TSchema>, description?: string) =>
  Type.Object(properties, { additionalProperties: false, ...(description ? { description } : {}) })
const Row = (description: string) => Type.Record(Type.String(), Type.Unknown(), { description })

const CheckpointMember = obj(
  {
    origin: Text,
    treeSize: Type.Integer({ minimum: 1 }),
    rootHash: Base64Hash,
    keyId: Type.String({ pattern: '^[0-9a-f]{8}$' }),
    keyName: Text,
    note: Type.String({ description: 'The C2SP tlog-checkpoint signed note: verify this, not the other members' }),
    createdAt: Timestamp,
  },
  'The signed checkpoint every inclusion proof of the bundle is against: the earliest that covers every event about the year',
)

const ProvenEvent = obj({
  event: Type.Object(
    {
      seq: Type.Integer({ minimum: 1 }),
      occurredAt: Timestamp,
      action: Text,
      entityType: Text,
      entityId: Text,
      prevHash: Hex64,
      hash: Hex64,
    },
    { description: 'The audit event exactly as GET /v1/audit-events serves it; its Merkle leaf is its canonical JSON' },
  ),
  leafIndex: Type.Integer({ minimum: 0, description: 'seq − 1' }),
  auditPath: Type.Array(Base64Hash, { description: 'RFC 9162 inclusion proof of the leaf in the tree of the checkpoint' }),
})

const SubmissionMember = obj({
  id: Uuid,
  period: StringEnum(['H1', 'FY'] as const),
  committeeId: Uuid,
  status: Text,
  late: Type.Boolean(),
  returnReason: Nullable(Text),
  revision: Type.Integer(),
  submittedAt: Nullable(Timestamp),
  acceptedAt: Nullable(Timestamp),
  version: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  values: Type.Array(
    obj({
      indicatorCode: Text,
      value: Nullable(DecimalString),
      officialValue: Nullable(DecimalString),
      correctionReason: Nullable(Text),
      note: Nullable(Text),
      evidenceUrl: Nullable(Text),
      notApplicable: Type.Optional(Type.Literal(true)),
      notApplicableReason: Type.Optional(Text),
    }),
    {
      description:
        'Reported values; officialValue and its reason where the secretariat corrected one on acceptance (scoring uses it); ' +
        'an indicator declared not applicable has a null value, notApplicable true and its reason',
    },
  ),
  revisions: Type.Array(obj({ revision: Type.Integer(), values: Type.Unknown(), late: Type.Boolean(), submittedAt: Timestamp, submittedBy: Nullable(Uuid) }), {
    description: 'The immutable copy of the values stored at each submit',
  }),
  returns: Type.Array(obj({ revision: Type.Integer(), reason: Text, returnedAt: Timestamp, returnedBy: Nullable(Uuid) }), {
    description: 'Each time the secretariat returned it, with the revision returned and the reason, in time order',
  }),
})

const Bundle = obj(
  {
    formatVersion: Type.Literal(BUNDLE_FORMAT),
    clusterYear: Row('The cluster-year: status, head and deputy and how each was chosen'),
    cluster: Row('The cluster: code, name, organiser, member level, rotation policy'),
    committees: Type.Array(Row('A committee'), {
      description: 'The organiser, the members, and the committees merged into them or that they were merged into (codes, names, levels, status, successor)',
    }),
    members: Type.Array(
      obj({
        committeeId: Uuid,
        code: Nullable(Text),
        name: Text,
        shortName: Nullable(Text),
        rankedAs: Type.Optional(Type.String({ description: 'Once finalised: the code the member was ranked under (the ranking inputs name it so)' })),
      }),
      { description: 'The year’s members' },
    ),
    handovers: Type.Array(Row('A handover'), { description: 'The handover into this year and the one to the next' }),
    scheme: Nullable(
      obj({ scheme: Row('The scheme as stored: criteria, caps, tie-break order, bands, award rules'), version: Type.Integer(), updatedAt: Timestamp }),
    ),
    indicators: Type.Array(Row('An indicator'), { description: 'The indicators the scheme names' }),
    awardTypes: Type.Array(obj({ id: Uuid, code: Text, nameVi: Text, nameEn: Nullable(Text), precedence: Type.Integer() }), {
      description: "The organiser's award types",
    }),
    targets: Type.Array(obj({ committeeId: Uuid, criterionCode: Text, value: DecimalString })),
    pact: Nullable(Row('The signed pact: when, where, signatories and the digest of the scheme and targets signed')),
    periods: Type.Array(obj({ period: Text, opensAt: Timestamp, closesAt: Timestamp, closedAt: Nullable(Timestamp), version: Type.Integer() })),
    submissions: Type.Array(SubmissionMember, { description: 'Every submission of the year, in (period, committee) order' }),
    assessments: Type.Array(
      obj({
        assessorId: Uuid,
        scores: Type.Array(obj({ targetId: Uuid, criterionCode: Text, score: DecimalString })),
        version: Type.Integer(),
        updatedAt: Timestamp,
        updatedBy: Nullable(Uuid),
        history: Type.Array(Row('An earlier set of scores')),
      }),
    ),
    adjustments: Type.Array(Row('An adjustment (manual points, bonus, penalty, disqualification), withdrawn ones included')),
    tieResolutions: Type.Array(Row('A recorded vote (suy tôn)')),
    finalization: Nullable(
      obj({
        inputsDigest: Hex64,
        algorithmVersion: Text,
        finalizedAt: Timestamp,
        finalizedBy: Nullable(Uuid),
      }),
    ),
    ranking: Nullable(
      obj({
        final: Type.Boolean(),
        source: StringEnum(['frozen', 'live'] as const, 'frozen: the snapshot stored at finalisation; live: computed in the export’s snapshot'),
        view: Row('The ranking as GET …/ranking serves it, with per-criterion explanations (a live one without computedAt)'),
      }),
    ),
    awardProposals: Type.Array(
      obj({
        id: Uuid,
        committeeId: Uuid,
        awardTypeCode: Text,
        status: Text,
        explanation: Row('Rank, total, rule and quota that allocated it'),
        version: Type.Integer(),
        createdAt: Timestamp,
        updatedAt: Timestamp,
      }),
    ),
    awardDecisions: Type.Array(
      obj({
        id: Uuid,
        proposalId: Uuid,
        action: StringEnum(['submit', 'approve', 'reject', 'revoke'] as const),
        decisionNumber: Nullable(Text),
        decisionDate: Nullable(DateOnly),
        signer: Nullable(Text),
        reason: Nullable(Text),
        evidence: Nullable(Text),
        at: Timestamp,
        actorKeyId: Nullable(Uuid),
      }),
      { description: 'Every step of every proposal, in time order: never edited' },
    ),
    objections: Type.Array(
      obj({
        id: Uuid,
        committeeId: Uuid,
        subjectCommitteeId: Uuid,
        criterionCode: Nullable(Text),
        reason: Text,
        status: StringEnum(OBJECTION_STATUSES),
        filedAt: Timestamp,
        filedBy: Nullable(Uuid),
        answer: Nullable(Text),
        correction: Nullable(Text),
        answeredAt: Nullable(Timestamp),
        answeredBy: Nullable(Uuid),
      }),
      { description: 'Objections (khiếu nại) to the provisional ranking in the objection window, and their answers; their events are in the log' },
    ),
    attachments: Type.Array(
      obj({
        id: Uuid,
        kind: StringEnum(ATTACHMENT_KINDS),
        ownerId: Uuid,
        fileName: Text,
        contentType: StringEnum(DOCUMENT_MEDIA_TYPES),
        size: Type.Integer({ minimum: 1 }),
        sha256: Hex64,
        uploadedBy: Nullable(Uuid),
        uploadedAt: Timestamp,
        supersedes: Nullable(Uuid),
        supersededBy: Nullable(Uuid),
      }),
      {
        description:
          "The dossier's documents (hồ sơ) attached to the year, its submissions, proposals and handovers: metadata and sha256, not the bytes " +
          '(GET /v1/attachments/{id}/content serves them; their sha256 must match). Each is the one its audit event recorded.',
      },
    ),
    auditLog: obj({ checkpoint: CheckpointMember, events: Type.Array(ProvenEvent) }),
  },
  'Everything needed to recheck the year without the service',
)

const BundleDocument = obj(
  {
    bundle: Bundle,
    digest: Type.String({
      pattern: '^[0-9a-f]{64}$',
      description: 'hex sha256 of the RFC 8785 canonical JSON of {"bundle": …} (this document without digest and signature)',
    }),
    signature: obj({
      algorithm: Type.Literal('Ed25519'),
      keyId: Type.String({ pattern: '^[0-9a-f]{8}$' }),
      keyName: Text,
      note: Type.String({ description: 'A C2SP signed note by the audit log key: "<origin>/exports/cluster-years", "<clusterId> <year>", "sha256 <digest>"' }),
    }),
  },
  'The bundle, its digest and signature; the whole document is RFC 8785 canonical JSON',
)

const routes: FastifyPluginAsyncTypebox<ExportRoutesOptions> = async (app, opts) => {
  const service = exportService(app.db, app.clock, app.auditLog, opts.signer, app.config.AUDIT_LOG_ORIGIN)
  const organizerOf = scopeOf({ params: ExportParams }, async ({ params }) => service.organizerOf(params.clusterId))

  app.get(
    '/v1/exports/cluster-years/:clusterId/:year',
    {
      // A large year takes long to read twice and write: the bulk deadline, not the per-request one.
      config: { access: [grant(['auditor', 'admin']), grant('organizer', organizerOf)], bulk: true },
      schema: {
        operationId: 'exportClusterYear',
        tags: ['audit'],
        summary: 'The signed bundle of a cluster-year, for auditors to verify offline',
        description:
          'One JSON document holding everything needed to recheck the year without the service: the cluster and committees, ' +
          'membership and leadership, scheme, targets, pact and periods, every submission with its values, corrections and revisions, ' +
          'assessments, adjustments and tie votes, the ranking (frozen or live) and its finalisation record, award proposals and every ' +
          'decision, the handovers, and every audit event about them with its inclusion proof against the signed checkpoint it carries. ' +
          'Read in one snapshot and streamed as RFC 8785 canonical JSON; `digest` is the sha256 of `{"bundle": …}` and `signature` a ' +
          'signed note over it by the audit log key. The same data gives the same bytes: the ETag is the digest, and If-None-Match ' +
          'with it answers 304. Verify it with `ctd-verify export bundle.json --key …` (docs/auditors.md).',
        params: ExportParams,
        querystring: Type.Object(
          {
            format: Type.Optional(StringEnum(['json', 'csv'] as const, 'json (default): the signed bundle; csv: one of its tables for a spreadsheet')),
            table: Type.Optional(
              StringEnum(
                ['ranking', 'awards'] as const,
                'With format=csv: the ranking (frozen or live, as the bundle carries it; default) or the award proposals with their decisions',
              ),
            ),
          },
          { additionalProperties: false },
        ),
        headers: Type.Object({ 'if-none-match': Type.Optional(Type.String({ description: 'The ETag of the bundle (its digest) or table already held' })) }),
        response: {
          200: {
            description: 'The bundle, or with format=csv one of its tables (UTF-8 with BOM, Vietnamese headers)',
            content: {
              'application/json': { schema: BundleDocument },
              'text/csv': { schema: Type.String({ description: 'CSV (RFC 4180, CRLF), UTF-8 with a byte-order mark' }) },
            },
          },
          304: { description: 'Not modified: the bundle would be the same bytes (no body)', type: 'null' },
          ...problems(400, 401, 403, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: ['SIGNING_KEY_MISSING', 'SIGNING_KEY_RETIRED', 'LOG_EMPTY', 'SCHEME_REQUIRED'],
            503: ['EXPORT_BUSY'],
          }),
        },
      },
    },
    async (req, reply) => {
      if (req.query.format === 'csv') {
        const file = await service.exportTable(req.params.clusterId, req.params.year, req.query.table ?? 'ranking')
        reply.header('etag', file.etag)
        if (notModified(req.headers['if-none-match'], file.etag)) return reply.code(304).send(undefined as never)
        return reply
          .header('content-disposition', attachment(file.filename))
          .type(CSV_MEDIA_TYPE)
          .send(file.bytes as never)
      }
      const answer = await service.exportClusterYear(req.params.clusterId, req.params.year, req.headers['if-none-match'])
      reply.header('etag', answer.etag)
      if (answer.notModified || !answer.body) return reply.code(304).send(undefined as never)
      reply.type('application/json; charset=utf-8')
      return reply.send(answer.body as never)
    },
  )
}

export default routes
