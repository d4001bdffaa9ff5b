// ESLint: the recommended rules of ESLint and typescript-eslint with type information, plus the
// rules that catch real bugs in a server (promises nobody awaits, async callbacks where a
// callback's result is ignored, `return` from a try without `await`, a switch that misses a
// case). Formatting is Prettier's business: eslint-config-prettier, last, turns off every rule
// that would fight it. Each rule switched off below says why.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.tap/', 'data/', 'openapi/', 'migrations/', 'test/client/schema.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // --- bugs a server cannot afford -----------------------------------------------------
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node-tap queues a subtest whether or not its promise is awaited (and ends the parent after it).
        { allowForKnownSafeCalls: [{ from: 'package', package: '@tapjs/test', name: ['test', 'todo', 'skip', 'only'] }] },
      ],
      // (no-misused-promises, await-thenable, only-throw-error come with recommendedTypeChecked.)
      // `return promise` inside try/catch skips the catch and the finally's ordering: await it there.
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-deprecated': 'error',
      // Passing on a caught `unknown` (reject(err)) is fine; rejecting with a string or a plain object is not.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        // `_`-prefixed names are deliberately unused; `const { secret: _, ...rest } = row` drops a field.
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      'array-callback-return': 'error',
      'no-constructor-return': 'error',
      'no-useless-assignment': 'error',

      // --- off, each for a reason ------------------------------------------------------------
      // Fastify's plugin and handler types, and `grant(role, async (req) => ...)`, ask for async
      // functions whether or not they await: 140+ findings, none a bug.
      '@typescript-eslint/require-await': 'off',
      // With `noUncheckedIndexedAccess` off, `xs[0]` is typed as always present, so this rule
      // calls every deliberate `xs[0]!` and drizzle's `const [row] = ...; return row!` needless
      // (160+), and its fix deletes the one mark that says "this may be missing".
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // The same blind spot makes no-unnecessary-condition (not enabled) call `if (!row) throw notFound(...)`
      // after a query "always falsy": it would invite deleting the checks that matter. Worth
      // enabling together with `noUncheckedIndexedAccess`.
    },
  },
  {
    // Tests and fault scripts read responses as `res.json()`, which is `any` by design, and then
    // assert on its shape: the no-unsafe-* rules would flag every such line (800+) and catch nothing
    // the assertions do not.
    files: ['test/**', 'faults/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // The service logs through pino (JSON, with the request id); only the entry points write to the console.
    files: ['src/**'],
    ignores: ['src/server.ts', 'src/db/migrate-cli.ts'],
    rules: { 'no-console': 'error' },
  },
  prettier,
)
