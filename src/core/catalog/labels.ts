import type { Category, Kind, Registry, UseCase } from './schema';

/** Each registry's name as users write it. */
export const REGISTRY_LABELS: Record<Registry, string> = { npm: 'npm', pypi: 'PyPI', rubygems: 'RubyGems' };

/** Human labels for the controlled vocabularies, shared by the tree, hovers and the panel. */
export const CATEGORY_LABELS: Record<Category, string> = {
    language: 'Language',
    runtime: 'Runtime',
    'web-framework': 'Web framework',
    'fullstack-framework': 'Full-stack web framework',
    'frontend-framework': 'Front-end framework',
    'desktop-framework': 'Desktop framework',
    'ai-framework': 'AI application framework',
    'app-server': 'Application server',
    orm: 'ORM / ODM',
    'database-driver': 'Database driver',
    auth: 'Authentication',
    authorization: 'Authorization',
    validation: 'Validation',
    serialization: 'Serialization',
    'http-client': 'HTTP client',
    logging: 'Logging',
    configuration: 'Configuration',
    'date-time': 'Date and time',
    templating: 'Templating',
    api: 'API',
    graphql: 'GraphQL',
    'job-queue': 'Job queue',
    caching: 'Caching',
    realtime: 'Real-time',
    'cloud-sdk': 'Cloud SDK',
    payments: 'Payments',
    email: 'Email',
    'file-handling': 'File handling',
    'image-processing': 'Image processing',
    security: 'Security',
    observability: 'Observability',
    testing: 'Testing',
    mocking: 'Mocking',
    linting: 'Linting',
    formatting: 'Formatting',
    'build-tool': 'Build tool',
    'type-definitions': 'Type definitions',
    cli: 'Command line',
    'data-science': 'Data science',
    'machine-learning': 'Machine learning',
    admin: 'Admin',
    search: 'Search',
    'web-scraping': 'Web scraping',
    messaging: 'Messaging',
    i18n: 'Internationalisation',
    utility: 'Utility',
};

/**
 * The categories of application framework, in the order the sidebar groups them by role, each
 * with its role's short name: under "Frameworks", "Web back end" says the rest.
 */
export const FRAMEWORK_ROLES: readonly (readonly [Category, string])[] = [
    ['web-framework', 'Web back end'],
    ['fullstack-framework', 'Full-stack / meta-framework'],
    ['frontend-framework', 'Front end'],
    ['desktop-framework', 'Desktop'],
    ['ai-framework', 'AI'],
];

export const KIND_LABELS: Record<Kind, string> = {
    language: 'language',
    runtime: 'runtime',
    framework: 'framework',
    library: 'library',
    tool: 'tool',
};

export const USE_CASE_LABELS: Record<UseCase, string> = {
    'rest-api': 'REST API',
    realtime: 'Real-time (chat, collaboration, games)',
    streaming: 'Streaming',
    'e-commerce': 'E-commerce',
    'content-site': 'Content site',
    'data-ml': 'Data and machine learning',
    microservices: 'Microservices',
    prototype: 'Prototype / MVP',
    desktop: 'Desktop application',
};
