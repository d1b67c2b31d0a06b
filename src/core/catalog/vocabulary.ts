/**
 * The catalog's vocabularies as plain constant lists, so that a feature can offer them (the
 * comparison picker's groups, the recommendation's use cases) without evaluating the zod
 * schema that validates the data at build time.
 */
export const REGISTRIES = ['npm', 'rubygems', 'pypi'] as const;
export const ECOSYSTEMS = ['python', 'javascript', 'ruby'] as const;
export const KINDS = ['language', 'runtime', 'framework', 'library', 'tool'] as const;

export const CATEGORIES = [
    'language',
    'runtime',
    'web-framework',
    'fullstack-framework',
    'frontend-framework',
    'desktop-framework',
    'ai-framework',
    'app-server',
    'orm',
    'database-driver',
    'auth',
    'authorization',
    'validation',
    'serialization',
    'http-client',
    'logging',
    'configuration',
    'date-time',
    'templating',
    'api',
    'graphql',
    'job-queue',
    'caching',
    'realtime',
    'cloud-sdk',
    'payments',
    'email',
    'file-handling',
    'image-processing',
    'security',
    'observability',
    'testing',
    'mocking',
    'linting',
    'formatting',
    'build-tool',
    'type-definitions',
    'cli',
    'data-science',
    'machine-learning',
    'admin',
    'search',
    'web-scraping',
    'messaging',
    'i18n',
    'utility',
] as const;

export const USE_CASES = [
    'rest-api',
    'realtime',
    'streaming',
    'e-commerce',
    'content-site',
    'data-ml',
    'microservices',
    'prototype',
    'desktop',
] as const;

/**
 * `maintenance`: fixed but no longer developed. `unmaintained`: its maintainers say nobody
 * maintains it (or the repository is archived or long inactive), without formally
 * deprecating it. `deprecated`: its maintainers say to move off it, to named successors.
 */
export const STATUSES = ['active', 'maintenance', 'unmaintained', 'deprecated'] as const;

export type Registry = (typeof REGISTRIES)[number];
export type Ecosystem = (typeof ECOSYSTEMS)[number];
export type Kind = (typeof KINDS)[number];
export type Category = (typeof CATEGORIES)[number];
export type UseCase = (typeof USE_CASES)[number];
