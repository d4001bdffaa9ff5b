import { createHmac, randomBytes } from 'node:crypto'

/*
 * Standard Webhooks (https://www.standardwebhooks.com): every message carries `webhook-id` (the
 * same for every attempt at one event), `webhook-timestamp` (Unix seconds) and
 * `webhook-signature`: `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` under the
 * secret's bytes. The secret is written `whsec_` + base64 of 32 random bytes.
 */

const PREFIX = 'whsec_'

export const newWebhookSecret = (): string => PREFIX + randomBytes(32).toString('base64')

/** The key a secret names: the bytes after its prefix. */
export function secretBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64')
}

/** What a subscription's sealed secret is bound to (src/lib/secret-box.ts): it opens on its own row only. */
export const secretContext = (subscriptionId: string): string => `webhook_subscription:${subscriptionId}`

/** The `webhook-signature` header's value for one message. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secretBytes(secret)).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64')
  return `v1,${mac}`
}
