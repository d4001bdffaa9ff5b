import type { DbOrTx } from '../../db/client.ts'
import { IdParams, YearParams } from '../../lib/http-schemas.ts'
import { grant, scopeOf, type Grant } from '../../plugins/auth.ts'
import { clusterRepository } from './repository.ts'
import { clusterNotFound, requireClusterYear } from '../cluster-years/service.ts'

/**
 * Scope resolvers for routes under /v1/clusters/{id}/years/{year}: the organiser's staff act on
 * their clusters, the secretariat (the head's staff, Cụm trưởng) on its cluster-year.
 */
export function clusterYearScopes(db: DbOrTx) {
  const repo = clusterRepository(db)

  const organizerOf = scopeOf({ params: IdParams }, async ({ params: { id } }) => {
    const cluster = await repo.findById(id)
    if (!cluster) throw clusterNotFound(id)
    return cluster.organizerCommitteeId
  })
  const headOf = scopeOf({ params: YearParams }, async ({ params: { id, year } }) => (await requireClusterYear(db, id, year)).headId)
  return {
    organizerOf,
    headOf,
    /** Admin and the organiser's staff. */
    organizers: [grant('admin'), grant('organizer', organizerOf)] as Grant[],
    /** Admin, the organiser's staff and the secretariat of the cluster-year's head (that committee's keys only). */
    organizersAndSecretariat: [grant('admin'), grant('organizer', organizerOf), grant('secretariat', headOf, { exact: true })] as Grant[],
  }
}
