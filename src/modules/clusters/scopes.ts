import type { FastifyRequest } from 'fastify'
import type { DbOrTx } from '../../db/client.ts'
import { grant, type Grant } from '../../plugins/auth.ts'
import { clusterRepository } from './repository.ts'
import { clusterNotFound, requireClusterYear } from './service.ts'

/**
 * Scope resolvers for routes under /v1/clusters/{id}/years/{year}: the organiser's staff act on
 * their clusters, the secretariat (the head's staff, Cụm trưởng) on its cluster-year.
 */
export function clusterYearScopes(db: DbOrTx) {
  const repo = clusterRepository(db)
  const params = (req: FastifyRequest) => req.params as { id: string; year?: number }

  const organizerOf = async (req: FastifyRequest) => {
    const { id } = params(req)
    const cluster = await repo.findById(id)
    if (!cluster) throw clusterNotFound(id)
    return cluster.organizerCommitteeId
  }
  const headOf = async (req: FastifyRequest) => {
    const { id, year } = params(req)
    return (await requireClusterYear(db, id, Number(year))).headId
  }
  return {
    organizerOf,
    headOf,
    /** Admin and the organiser's staff. */
    organizers: [grant('admin'), grant('organizer', organizerOf)] as Grant[],
    /** Admin, the organiser's staff and the secretariat of the cluster-year's head (that committee's keys only). */
    organizersAndSecretariat: [grant('admin'), grant('organizer', organizerOf), grant('secretariat', headOf, { exact: true })] as Grant[],
  }
}
