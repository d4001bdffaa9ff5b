import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { abortScope, dbScopes, newScope, type DbScope } from '../db/scope.ts'

declare module 'fastify' {
  interface FastifyRequest {
    dbScope: DbScope
  }
  interface FastifyContextConfig {
    /** A long-running route (bulk import): its deadline is the bulk one, not the per-request one. */
    bulk?: boolean
  }
}

export interface RequestScopeOptions {
  requestTimeoutMs: number
  bulkTimeoutMs: number
}

/**
 * Ties each request's database work to the request: a deadline (REQUEST_TIMEOUT_MS) after which
 * its statements are cancelled, and the same when its client goes away, so an abandoned request
 * stops holding a connection. Handlers run inside the request's scope (AsyncLocalStorage), which
 * the pool reads when it hands out a connection.
 */
async function requestScopePlugin(app: FastifyInstance, opts: RequestScopeOptions) {
  app.decorateRequest('dbScope', null as unknown as DbScope)
  const deadlines = new WeakMap<FastifyRequest, NodeJS.Timeout>()
  const stopDeadline = (req: FastifyRequest) => {
    const timer = deadlines.get(req)
    if (timer === undefined) return
    clearTimeout(timer)
    deadlines.delete(req)
  }

  // Callback hooks: they run on every request and need no promise.
  app.addHook('onRequest', (req, reply, done) => {
    req.dbScope = newScope()
    // The connection closed before the answer was written: the client has gone away.
    const scope = req.dbScope
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) abortScope(scope, 'CLIENT_CLOSED')
    })
    const ms = req.routeOptions.config.bulk ? opts.bulkTimeoutMs : opts.requestTimeoutMs
    if (ms > 0) {
      const timer = setTimeout(() => abortScope(scope, 'REQUEST_TIMEOUT'), ms)
      timer.unref()
      deadlines.set(req, timer)
    }
    done()
  })
  // Once the answer is being sent, only the commit of the request's own transaction is left.
  app.addHook('onSend', (req, _reply, payload, done) => {
    stopDeadline(req)
    if (req.dbScope) req.dbScope.settled = true
    done(null, payload)
  })
  app.addHook('onResponse', (req, _reply, done) => {
    stopDeadline(req)
    done()
  })

  app.addHook('onRoute', (route) => {
    const handler = route.handler
    route.handler = function scoped(this: unknown, req, reply) {
      // Already inside it when a wrapper around this one (the write transaction's) entered it.
      if (dbScopes.getStore() === req.dbScope) return handler.call(this as never, req, reply)
      return dbScopes.run(req.dbScope, () => handler.call(this as never, req, reply))
    }
  })
}

export default fp(requestScopePlugin, { name: 'request-scope' })
