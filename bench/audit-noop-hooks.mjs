/**
 * Module resolve hook of the audit-log benchmark's unaudited build (registered by
 * bench/audit-noop-register.ts): wherever the service imports
 * src/modules/audit-events/service.ts, it gets bench/audit-noop.ts instead — except the shim
 * itself, which re-exports the real module. Plain JavaScript: hooks run on Node's loader thread,
 * which loads this file without tsx.
 */
import { URL } from 'node:url'

const REAL = new URL('../src/modules/audit-events/service.ts', import.meta.url).href
const SHIM = new URL('./audit-noop.ts', import.meta.url).href

const withoutQuery = (url) => url.split('?')[0]

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  if (withoutQuery(resolved.url) !== REAL) return resolved
  if (context.parentURL && withoutQuery(context.parentURL) === SHIM) return resolved
  return { ...resolved, url: SHIM, shortCircuit: true }
}
