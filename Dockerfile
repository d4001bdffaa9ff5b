# syntax=docker/dockerfile:1
# The service runs TypeScript directly with tsx (a runtime dependency), so there is no build
# step: one stage installs the production dependencies, the runtime stage copies them with
# the sources and runs as the unprivileged `node` user.
#   docker build -t cum-thi-dua .      docker compose up      (see README.md)

# Node 22 LTS: package.json needs >= 20.11, and some transitive dependencies
# (cookie@2 via light-my-request, content-disposition@3 via @fastify/static) declare >= 22.
ARG NODE_IMAGE=node:22-bookworm-slim

# ---- deps: production dependencies only, exactly as locked ----
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    PGLITE_DIR=/app/data
WORKDIR /app

# Code and dependencies stay owned by root (read-only for the service); only the embedded
# database directory, used when DATABASE_URL is not set, is writable by `node`.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY migrations ./migrations
COPY src ./src
# The key CLI, for `docker compose exec service npm run apikey -- create --role admin`.
COPY scripts/apikey.ts ./scripts/apikey.ts
RUN mkdir -p /app/data && chown node:node /app/data

USER node
EXPOSE 3000

# Ready = the process answers and the database does (GET /health/ready).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# node itself (not npm) is PID 1's child under `init: true`, or PID 1: it receives SIGTERM
# directly and shuts down gracefully (stop accepting, drain, close the database).
CMD ["node", "--import", "tsx", "src/server.ts"]
