/*
 * Type shim for CASL v7 under the workspace's `moduleResolution: "node"` (node10).
 *
 * `@casl/ability@7` publishes its types only through the `exports` map (`types` condition), which node10
 * resolution ignores: without this file `import … from '@casl/ability'` has no types (TS7016) and
 * `@casl/ability/extra` does not resolve at all (TS2307). Node and Jest resolve the runtime through `exports`
 * as usual; only the compiler needs help. These ambient modules forward to the published declarations.
 * `src/index.ts` references this file, so every project that imports `@lawful/policy` gets it too.
 * Delete it when the workspace moves to `moduleResolution: "node16"` or `"bundler"`.
 *
 * @example
 * import { createMongoAbility } from '@casl/ability';
 * import { permittedFieldsOf } from '@casl/ability/extra';
 */
declare module '@casl/ability' {
  export * from '@casl/ability/dist/types/index';
}

declare module '@casl/ability/extra' {
  export * from '@casl/ability/dist/types/extra/index';
}
