/**
 * The catalog's schema. Every data file under data/catalog/ is validated with it when the
 * catalog loads and in the unit tests; the TypeScript types are inferred from it so the data
 * and the code cannot drift apart.
 *
 * Facts (first release, licence, concurrency model, notable users...) carry a `source` URL.
 * Judgements (learning curve, performance tier, best fit...) carry a `rationale` instead and
 * live under `judgements`, so every consumer can label them as judgements.
 */
import { z } from 'zod';
import { CATEGORIES, ECOSYSTEMS, KINDS, REGISTRIES, STATUSES, USE_CASES } from './vocabulary';

export * from './vocabulary';

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');
/** Only https links: the catalog is shown in hovers and webviews, where anything else is a risk. */
const httpsUrl = z.string().regex(/^https:\/\/[^\s<>"'`]+$/, 'links must be https URLs');
const sentence = z.string().trim().min(1);
const currentYear = new Date().getFullYear();

const registrySchema = z.enum(REGISTRIES);

export const packageRefSchema = z.strictObject({
    registry: registrySchema,
    name: z.string().min(1),
});

const judgement = <T extends z.ZodType>(value: T) =>
    z.strictObject({
        value,
        /** One sentence saying why we judge it so. */
        rationale: sentence,
    });

export const statusSchema = z
    .strictObject({
        value: z.enum(STATUSES),
        /** Entry ids that replace this one (required for a deprecated entry). */
        successors: z.array(idSchema).optional(),
        /** What the maintainers said, in our words. */
        note: sentence.optional(),
        source: httpsUrl.optional(),
    })
    .superRefine((status, ctx) => {
        if (status.value === 'active') {
            return;
        }
        if (!status.source || !status.note) {
            ctx.addIssue({ code: 'custom', message: `a ${status.value} status needs a note and a source` });
        }
        if (status.value === 'deprecated' && !status.successors?.length) {
            ctx.addIssue({ code: 'custom', message: 'a deprecated entry names its successors' });
        }
    });

export const entrySchema = z.strictObject({
    id: idSchema,
    name: sentence,
    /**
     * Other words people name the entry by ("rails", "ror"; "drf"), so a search finds it first.
     * Lower case, short, unique within the ecosystem (src/build/integrity.ts).
     */
    aliases: z.array(z.string().regex(/^[a-z0-9][a-z0-9.+-]{0,23}$/, 'aliases are short lower-case words')).optional(),
    kind: z.enum(KINDS),
    /** The ecosystem whose branch of the sidebar holds the entry. */
    ecosystem: z.enum(ECOSYSTEMS),
    /** Language entry ids the entry is used from (empty for a language itself). */
    languages: z.array(idSchema),
    category: z.enum(CATEGORIES),
    /** One sentence of our own. */
    summary: sentence.max(240),
    description: sentence,
    firstRelease: z.strictObject({
        year: z.number().int().min(1950).max(currentYear),
        source: httpsUrl,
    }),
    /** Required for everything but a language, which may have no licence of its own (JavaScript). */
    license: z
        .strictObject({
            /** An SPDX licence identifier or expression. */
            spdx: z.string().min(1),
            source: httpsUrl,
        })
        .optional(),
    links: z.strictObject({
        homepage: httpsUrl,
        docs: httpsUrl.optional(),
        repository: httpsUrl.optional(),
    }),
    packages: z.array(packageRefSchema),
    status: statusSchema,
    /** Entries a user could adopt *instead*, for the same job. */
    alternatives: z.array(idSchema),
    /**
     * Relations that are real but not "instead" (src/build/integrity.ts keeps them apart from
     * `alternatives`). `extends`: the host this plugin or extension plugs into (SimpleCov for
     * simplecov-lcov). `builtOn`: a library this one wraps or is built on (oauthlib for
     * requests-oauthlib). `worksWith`: a companion installed beside it for a different job (a
     * result store beside a scheduler, an authorisation library beside a roles library).
     */
    extends: z.array(idSchema).optional(),
    builtOn: z.array(idSchema).optional(),
    worksWith: z.array(idSchema).optional(),
    useCases: z.array(z.enum(USE_CASES)),
    strengths: z.array(sentence),
    tradeoffs: z.array(sentence),
    maintainer: z.strictObject({ name: sentence, source: httpsUrl }).optional(),
    notableUsers: z.array(z.strictObject({ name: sentence, source: httpsUrl })).optional(),
    /** Checkable comparison attributes, each with its source. */
    attributes: z
        .strictObject({
            concurrency: z
                .strictObject({
                    value: z.enum(['event-loop', 'threads', 'processes', 'hybrid']),
                    detail: sentence,
                    source: httpsUrl,
                })
                .optional(),
            typing: z
                .strictObject({
                    value: z.enum(['static', 'gradual', 'dynamic']),
                    detail: sentence,
                    source: httpsUrl,
                })
                .optional(),
        })
        .optional(),
    /** Our judgements, each with a one-sentence rationale. */
    judgements: z
        .strictObject({
            batteriesIncluded: judgement(z.enum(['full', 'partial', 'minimal'])).optional(),
            learningCurve: judgement(z.enum(['gentle', 'moderate', 'steep'])).optional(),
            performanceTier: judgement(z.enum(['high', 'medium', 'low'])).optional(),
            bestFit: judgement(sentence).optional(),
        })
        .optional(),
}).superRefine((entry, ctx) => {
    if (entry.kind !== 'language' && !entry.license) {
        ctx.addIssue({ code: 'custom', path: ['license'], message: `a ${entry.kind} entry states its licence` });
    }
});

export const catalogFileSchema = z.strictObject({
    $schema: z.string().optional(),
    entries: z.array(entrySchema),
});

export type PackageRef = z.infer<typeof packageRefSchema>;
export type Status = z.infer<typeof statusSchema>;
export type CatalogEntry = z.infer<typeof entrySchema>;
export type CatalogFile = z.infer<typeof catalogFileSchema>;
