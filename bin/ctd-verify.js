#!/usr/bin/env node
// The verifier runs from its TypeScript source through tsx, so auditors need no build step.
import process from 'node:process'
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/ctd-verify.ts')
process.exitCode = main(process.argv.slice(2), process)
