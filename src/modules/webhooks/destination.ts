import { lookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'
import { invalid } from '../../domain/errors.ts'

/*
 * Where a webhook may be sent. A subscription's URL is a request the service makes on a
 * client's behalf, so a URL naming the service's own network (loopback, private, link-local,
 * carrier-grade NAT, multicast, documentation and other reserved ranges, and IPv6 mapped onto
 * them) would let a client reach what only the service can. Such addresses are refused when
 * the subscription is made and again at every delivery, where the address the connection uses
 * is the one checked (a name that resolved to a public address once may not any more).
 * WEBHOOK_ALLOW_PRIVATE_URLS lifts the check (tests, closed networks).
 */

export const MAX_URL_LENGTH = 2000

/** An address anyone on the internet could reach: ipaddr.js's `unicast` range, and nothing special. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  let ip = ipaddr.parse(address)
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address()
  return ip.range() === 'unicast'
}

const refuse = (code: string, message: string) => invalid(code, message, { errors: [{ pointer: '/url', code, message }] })

/** The host of a URL as a bare address when it is one (IPv6 without its brackets), else null. */
const literalAddress = (hostname: string): string | null => {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname
  return isIP(bare) ? bare : null
}

const isLocalName = (hostname: string) => {
  const h = hostname.toLowerCase().replace(/\.$/, '')
  return h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.internal')
}

/**
 * Checks a subscription's URL: http or https, a host, no credentials or fragment, and (unless
 * private addresses are allowed) a host that is, or resolves only to, public addresses.
 * Throws 422 WEBHOOK_URL_INVALID / WEBHOOK_URL_NOT_PUBLIC / WEBHOOK_URL_UNRESOLVED.
 */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw refuse('WEBHOOK_URL_INVALID', 'is not an absolute URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse('WEBHOOK_URL_INVALID', 'must be an http or https URL')
  if (!url.hostname) throw refuse('WEBHOOK_URL_INVALID', 'has no host')
  if (url.username || url.password) throw refuse('WEBHOOK_URL_INVALID', 'must not hold credentials: the signature authenticates the service')
  if (url.hash) throw refuse('WEBHOOK_URL_INVALID', 'must not have a fragment')
  if (allowPrivate) return url
  const literal = literalAddress(url.hostname)
  if (literal !== null) {
    if (!isPublicAddress(literal)) throw refuse('WEBHOOK_URL_NOT_PUBLIC', `names ${literal}, which is not a public address`)
    return url
  }
  if (isLocalName(url.hostname)) throw refuse('WEBHOOK_URL_NOT_PUBLIC', `names ${url.hostname}, a local name`)
  let addresses: LookupAddress[]
  try {
    addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
      lookup(url.hostname, { all: true }, (err, found) => (err ? reject(err) : resolve(found))),
    )
  } catch (err) {
    throw refuse('WEBHOOK_URL_UNRESOLVED', `names ${url.hostname}, which does not resolve (${(err as NodeJS.ErrnoException).code ?? 'DNS error'})`)
  }
  const inner = addresses.find((a) => !isPublicAddress(a.address))
  if (inner) throw refuse('WEBHOOK_URL_NOT_PUBLIC', `names ${url.hostname}, which resolves to ${inner.address}, not a public address`)
  return url
}

/** Why a delivery's destination is refused (its literal host is not public), or null. */
export function literalRefusal(url: URL, allowPrivate: boolean): string | null {
  if (allowPrivate) return null
  const literal = literalAddress(url.hostname)
  if (literal !== null) return isPublicAddress(literal) ? null : `${literal} is not a public address`
  return isLocalName(url.hostname) ? `${url.hostname} is a local name` : null
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/**
 * The `lookup` of a delivery's connection: resolves as usual and fails when any address found
 * is not public, so the address connected to is the address checked.
 */
export function publicOnlyLookup(hostname: string, options: LookupOptions | LookupAllOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '')
    const inner = addresses.find((a) => !isPublicAddress(a.address))
    if (inner) {
      const refused = Object.assign(new Error(`${hostname} resolves to ${inner.address}, not a public address`), { code: 'WEBHOOK_URL_NOT_PUBLIC' })
      return callback(refused, '')
    }
    if ((options as LookupAllOptions).all) return callback(null, addresses)
    const first = addresses[0]
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '')
    callback(null, first.address, first.family)
  })
}
