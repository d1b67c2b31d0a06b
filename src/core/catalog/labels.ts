import { english, type L10n } from '../text/l10n';
import type { Category, Kind, Registry, UseCase } from './schema';

/** Each registry's name as users write it: product names, the same in every language. */
export const REGISTRY_LABELS: Record<Registry, string> = { npm: 'npm', pypi: 'PyPI', rubygems: 'RubyGems' };

/** Human labels for the categories, in the display language: shared by the tree, hovers and the panel. */
export function categoryLabels(l10n: L10n): Record<Category, string> {
    return {
        language: l10n.t('Language'),
        runtime: l10n.t('Runtime'),
        'web-framework': l10n.t('Web framework'),
        'fullstack-framework': l10n.t('Full-stack web framework'),
        'frontend-framework': l10n.t('Front-end framework'),
        'desktop-framework': l10n.t('Desktop framework'),
        'ai-framework': l10n.t('AI application framework'),
        'app-server': l10n.t('Application server'),
        orm: l10n.t('ORM / ODM'),
        'database-driver': l10n.t('Database driver'),
        auth: l10n.t('Authentication'),
        authorization: l10n.t('Authorization'),
        validation: l10n.t('Validation'),
        serialization: l10n.t('Serialization'),
        'http-client': l10n.t('HTTP client'),
        logging: l10n.t('Logging'),
        configuration: l10n.t('Configuration'),
        'date-time': l10n.t('Date and time'),
        templating: l10n.t('Templating'),
        api: l10n.t('API'),
        graphql: l10n.t('GraphQL'),
        'job-queue': l10n.t('Job queue'),
        caching: l10n.t('Caching'),
        realtime: l10n.t('Real-time'),
        'cloud-sdk': l10n.t('Cloud SDK'),
        payments: l10n.t('Payments'),
        email: l10n.t('Email'),
        'file-handling': l10n.t('File handling'),
        'image-processing': l10n.t('Image processing'),
        security: l10n.t('Security'),
        observability: l10n.t('Observability'),
        testing: l10n.t('Testing'),
        mocking: l10n.t('Mocking'),
        linting: l10n.t('Linting'),
        formatting: l10n.t('Formatting'),
        'build-tool': l10n.t('Build tool'),
        'type-definitions': l10n.t('Type definitions'),
        cli: l10n.t('Command line'),
        'data-science': l10n.t('Data science'),
        'machine-learning': l10n.t('Machine learning'),
        admin: l10n.t('Admin'),
        search: l10n.t('Search'),
        'web-scraping': l10n.t('Web scraping'),
        messaging: l10n.t('Messaging'),
        i18n: l10n.t('Internationalisation'),
        utility: l10n.t('Utility'),
    };
}

/**
 * The category labels in English: the order categories are listed in, the words the filter
 * and the picker search, and the text of the views not yet localised.
 */
export const CATEGORY_LABELS: Record<Category, string> = categoryLabels(english);

/**
 * The categories of application framework, in the order the sidebar groups them by role, each
 * with its role's short name: under "Frameworks", "Web back end" says the rest.
 */
export function frameworkRoles(l10n: L10n): readonly (readonly [Category, string])[] {
    return [
        ['web-framework', l10n.t('Web back end')],
        ['fullstack-framework', l10n.t('Full-stack / meta-framework')],
        ['frontend-framework', l10n.t('Front end')],
        ['desktop-framework', l10n.t('Desktop')],
        ['ai-framework', l10n.t('AI')],
    ];
}

/** A kind as a sentence uses it: lower case in English ("framework · 2005"). */
export function kindLabels(l10n: L10n): Record<Kind, string> {
    return {
        language: l10n.t('language'),
        runtime: l10n.t('runtime'),
        framework: l10n.t('framework'),
        library: l10n.t('library'),
        tool: l10n.t('tool'),
    };
}

export function useCaseLabels(l10n: L10n): Record<UseCase, string> {
    return {
        'rest-api': l10n.t('REST API'),
        realtime: l10n.t('Real-time (chat, collaboration, games)'),
        streaming: l10n.t('Streaming'),
        'e-commerce': l10n.t('E-commerce'),
        'content-site': l10n.t('Content site'),
        'data-ml': l10n.t('Data and machine learning'),
        microservices: l10n.t('Microservices'),
        prototype: l10n.t('Prototype / MVP'),
        desktop: l10n.t('Desktop application'),
    };
}

/** The use cases in English, for the recommendation's questions and the search. */
export const USE_CASE_LABELS: Record<UseCase, string> = useCaseLabels(english);
