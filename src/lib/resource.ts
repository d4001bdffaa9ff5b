import type { FastifyReply, FastifyRequest } from 'fastify'
import { requireIfMatch, setEtag } from './etag.ts'

/** How a route module reads one of its resources: find it, name it when missing, tag and show it. */
export interface ResourceSpec<K extends unknown[], R, V> {
  find(...key: K): Promise<R | undefined>
  /** The resource's own 404 problem (e.g. COMMITTEE_NOT_FOUND). */
  notFound(...key: K): Error
  etag(row: R): string
  view(row: R): V | Promise<V>
}

/**
 * The single-resource reads and answers of a route module, written once: a GET is find → 404 →
 * ETag → view; an update loads the current row and checks If-Match against its ETag (428 without
 * it, 412 when stale) before the service writes; every answer carries the ETag of what it shows.
 */
export function resource<K extends unknown[], R, V>(spec: ResourceSpec<K, R, V>) {
  async function load(...key: K): Promise<R> {
    const row = await spec.find(...key)
    if (row === undefined) throw spec.notFound(...key)
    return row
  }
  async function answer(reply: FastifyReply, row: R): Promise<V> {
    setEtag(reply, spec.etag(row))
    return spec.view(row)
  }
  return {
    load,
    answer,
    /** The resource's view as its GET shows it, or undefined when it does not exist (the change feed's read). */
    async show(...key: K): Promise<V | undefined> {
      const row = await spec.find(...key)
      return row === undefined ? undefined : spec.view(row)
    },
    /** GET: the resource's view with its ETag; its own 404 when it does not exist. */
    read: async (reply: FastifyReply, ...key: K): Promise<V> => answer(reply, await load(...key)),
    /** Before an update: the current row, once If-Match names its ETag. */
    async loadIfMatch(req: FastifyRequest, ...key: K): Promise<R> {
      const row = await load(...key)
      requireIfMatch(req, spec.etag(row))
      return row
    },
  }
}
