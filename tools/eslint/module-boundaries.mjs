/**
 * Dependency rules between Nx projects, in two dimensions.
 *
 * type:*  — the layer. core (annotations, rights) depends on nothing of ours; policy on core; integration
 *           (NestJS) on policy and core; tooling (data map, CLIs) on core and policy; apps on anything.
 * scope:* — who owns it. Libraries (scope:privacy) never import the reference application
 *           (scope:reference).
 *
 * The core layer must also stay framework-free: no NestJS, TypeORM or CASL imports.
 */
export const moduleBoundaries = {
  enforceBuildableLibDependency: false,
  allow: [],
  depConstraints: [
    {
      sourceTag: 'type:core',
      onlyDependOnLibsWithTags: ['type:core'],
      bannedExternalImports: ['@nestjs/*', 'typeorm', 'typeorm/*', 'typeorm-pglite', '@casl/*', 'express', 'pg'],
    },
    { sourceTag: 'type:policy', onlyDependOnLibsWithTags: ['type:core'], bannedExternalImports: ['@nestjs/*', 'express'] },
    { sourceTag: 'type:integration', onlyDependOnLibsWithTags: ['type:core', 'type:policy'] },
    { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:core', 'type:policy'] },
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
    { sourceTag: 'scope:privacy', onlyDependOnLibsWithTags: ['scope:privacy'] },
    { sourceTag: 'scope:reference', onlyDependOnLibsWithTags: ['scope:privacy', 'scope:reference'] },
    // Workspace tooling (benchmarks, scripts) uses the libraries, never the reference application.
    { sourceTag: 'scope:workspace', onlyDependOnLibsWithTags: ['scope:privacy'] },
  ],
};
