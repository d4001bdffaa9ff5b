import type { TSchema } from 'typebox'
import { ROLES, type Role } from '../../domain/roles.ts'

/**
 * What is public, in one place: which kinds of entity a `reader` key (a portal) may see, in the
 * change feed (GET /v1/changes), in the webhooks and in the reads. docs/portals.md's "What is public"
 * table says the same. A public entity is shown exactly as its own GET shows it (the serialiser
 * of its module, registered with PublicViews below); the GET shapes hold no secret (key hashes,
 * signing keys), and a kind that is not public never leaves the service through the feed.
 */
export const PUBLICATION = {
  committee: { public: true, read: 'GET /v1/committees/{id}' },
  officer_tenure: { public: true, read: 'GET /v1/committees/{id}/officers (one item)' },
  cluster: { public: true, read: 'GET /v1/clusters/{id}' },
  cluster_year: { public: true, read: 'GET /v1/clusters/{id}/years/{year}' },
  handover: { public: true, read: 'GET /v1/clusters/{id}/handovers (one item)' },
  indicator: { public: true, read: 'GET /v1/indicators/{id}' },
  award_type: { public: true, read: 'GET /v1/award-types/{id}' },
  award_proposal: { public: true, read: 'GET /v1/award-proposals/{id}' },
  // The cycle's work in progress, between a member and the head's secretariat: the ranking (of
  // the cluster-year, public) publishes what counts once it is accepted.
  submission: { public: false, read: 'GET /v1/submissions/{id}' },
  assessment: { public: false, read: 'GET …/assessments/{assessorId}' },
  adjustment: { public: false, read: 'GET …/adjustments' },
  objection: { public: false, read: 'GET …/objections/{objectionId}' },
  // Never public, and never in the feed for anyone: keys are for admins (GET /v1/api-keys).
  api_key: { public: false, read: 'GET /v1/api-keys/{id} (admin)' },
  // A portal's own arrangement with the service (its URL; its secret is never shown again).
  webhook_subscription: { public: false, read: 'GET /v1/webhook-subscriptions/{id} (admin, its organiser)' },
  // A dossier's documents (hồ sơ): never in the feed or the webhooks, not even as metadata; read
  // with any key but a reader's (GET /v1/attachments/{id} and …/content).
  attachment: { public: false, read: 'GET /v1/attachments/{id} (metadata), /v1/attachments/{id}/content (bytes)' },
} as const satisfies Record<string, { public: boolean; read: string }>

export type EntityType = keyof typeof PUBLICATION
type PublicOf<T extends EntityType> = (typeof PUBLICATION)[T]['public'] extends true ? T : never
export type PublicType = { [T in EntityType]: PublicOf<T> }[EntityType]

export const PUBLIC_TYPES = (Object.keys(PUBLICATION) as EntityType[]).filter((t) => PUBLICATION[t].public) as PublicType[]

export const isPublicType = (type: string): type is PublicType => (PUBLIC_TYPES as string[]).includes(type)

/** The roles that may read entities of this kind: every role for a public kind; all but `reader` otherwise. */
export function readersOf(type: EntityType): readonly Role[] {
  return PUBLICATION[type].public ? ROLES : ROLES.filter((r) => r !== 'reader')
}

/** One public kind's representation: the response schema of its GET and the read that serves it. */
export interface PublicView {
  schema: TSchema
  /** The entity as its GET answers it now, or undefined when it no longer exists. */
  read(id: string): Promise<unknown>
  /** Several at once (one query), for the feed's pages: those that exist, by id. Without it, `read` each. */
  readMany?(ids: readonly string[]): Promise<Map<string, unknown>>
}

/**
 * The serialisers of the public kinds, registered by the module that owns each (its routes, next
 * to its GET) and used by the feed and the webhooks: one shape per kind, never a copy.
 */
export class PublicViews {
  private readonly views = new Map<PublicType, PublicView>()

  define(type: PublicType, view: PublicView): void {
    if (!isPublicType(type)) throw new Error(`${String(type)} is not public (src/modules/publication/service.ts)`)
    if (this.views.has(type)) throw new Error(`the public view of ${type} is defined twice`)
    this.views.set(type, view)
  }

  /** Each public kind with its schema (every kind must have one once the modules are registered). */
  all(): { type: PublicType; schema: TSchema }[] {
    return PUBLIC_TYPES.map((type) => {
      const view = this.views.get(type)
      if (!view) throw new Error(`no public view of ${type}: its module registers one beside its GET`)
      return { type, schema: view.schema }
    })
  }

  /** Entities of one kind by id, as `read` shows each (absent: gone), in one query where the kind allows. */
  async readMany(type: PublicType, ids: readonly string[]): Promise<Map<string, unknown>> {
    const view = this.views.get(type)
    if (!view) throw new Error(`no public view of ${type}`)
    if (view.readMany) return view.readMany(ids)
    const out = new Map<string, unknown>()
    for (const id of ids) {
      const entity = await view.read(id)
      if (entity !== undefined) out.set(id, entity)
    }
    return out
  }

  /** The entity's current public representation; undefined when it is gone (a tombstone). */
  async read(type: PublicType, id: string): Promise<unknown> {
    const view = this.views.get(type)
    if (!view) throw new Error(`no public view of ${type}`)
    return view.read(id)
  }
}
