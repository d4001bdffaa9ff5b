import type { Db, DbOrTx } from '../../db/client.ts'
import { conflict, invalid, notFound } from '../../domain/errors.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { newKeySecret, SCOPED_ROLES, type Role } from '../../plugins/auth.ts'
import { recordAudit, type Actor } from '../audit-events/service.ts'
import { findCommittee } from '../committees/service.ts'
import { apiKeyRepository, type ApiKeyRow } from './repository.ts'

export interface NewApiKey {
  name: string
  role: Role
  committeeId?: string | null | undefined
  expiresAt?: string | null | undefined
}

/** What the audit log keeps of a key: never the hash. */
const auditView = (k: ApiKeyRow) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  committeeId: k.committeeId,
  expiresAt: k.expiresAt,
  revokedAt: k.revokedAt,
  revokedReason: k.revokedReason,
})

/** Issues a key inside an open transaction; the token is returned once and never stored. */
export async function issueApiKey(tx: DbOrTx, actor: Actor, input: NewApiKey, now: Date): Promise<{ key: ApiKeyRow; token: string }> {
  if (SCOPED_ROLES.includes(input.role) && !input.committeeId) {
    throw invalid('COMMITTEE_REQUIRED', `A ${input.role} key must be bound to a committee`, {
      errors: [{ pointer: '/committeeId', code: 'COMMITTEE_REQUIRED', message: `is required for the ${input.role} role` }],
    })
  }
  if (input.committeeId) {
    const committee = await findCommittee(tx, input.committeeId)
    if (!committee || committee.status !== 'active') {
      throw invalid('COMMITTEE_NOT_ACTIVE', 'Keys can only be bound to an active committee', {
        errors: [{ pointer: '/committeeId', code: committee ? 'COMMITTEE_NOT_ACTIVE' : 'COMMITTEE_NOT_FOUND', message: 'must name an active committee' }],
      })
    }
  }
  if (input.expiresAt && new Date(input.expiresAt).getTime() <= now.getTime()) {
    throw invalid('EXPIRY_IN_PAST', 'expiresAt must be in the future', {
      errors: [{ pointer: '/expiresAt', code: 'EXPIRY_IN_PAST', message: 'must be in the future' }],
    })
  }
  const id = uuidv7()
  const { token, secretHash } = newKeySecret(id)
  const key = await apiKeyRepository(tx).insert({
    id,
    name: input.name,
    role: input.role,
    committeeId: input.committeeId ?? null,
    secretHash,
    createdAt: now,
    createdBy: actor.keyId,
    expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
  })
  await recordAudit(tx, actor, { action: 'api_key.created', entityType: 'api_key', entityId: id, after: auditView(key) })
  return { key, token }
}

export function apiKeyService(db: Db, clock: Clock) {
  return {
    create: (actor: Actor, input: NewApiKey) => db.transaction((tx) => issueApiKey(tx, actor, input, clock())),

    async revoke(actor: Actor, id: string, reason: string | null): Promise<ApiKeyRow> {
      return db.transaction(async (tx) => {
        const repo = apiKeyRepository(tx)
        const current = await repo.findById(id)
        if (!current) throw notFound('API_KEY_NOT_FOUND', `No API key ${id}`)
        if (current.revokedAt) throw conflict('API_KEY_ALREADY_REVOKED', 'The key was already revoked')
        const revoked = (await repo.revoke(id, reason, clock()))!
        await recordAudit(tx, actor, { action: 'api_key.revoked', entityType: 'api_key', entityId: id, before: auditView(current), after: auditView(revoked) })
        return revoked
      })
    },
  }
}
