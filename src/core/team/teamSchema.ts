/**
 * The team file's schema, in zod/mini: the one source of both the run-time check (in the lazy
 * `team` chunk, loaded only when a team file exists) and the JSON Schema that the editor uses for
 * completion and hover documentation (written at build time by src/build/teamSchemaJson.ts).
 * zod/mini rather than zod: the chunk stays a few tens of KB, and the main bundle carries none.
 *
 * The error messages reach the Problems view, so they are in the display language: the schema is
 * built for an `l10n` (vscode.l10n when a file is read). The descriptions reach the shipped JSON
 * Schemas, built at build time once per language the extension speaks (src/build/teamSchemaJson.ts).
 */
import * as z from 'zod/mini';
import type { L10n } from '../text/l10n';
import { PACKAGE_PATTERN_REGEX } from './packagePattern';
import { RINGS } from './teamTypes';

const ENTRY_REGEX = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SINCE_REGEX = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const HTTPS_REGEX = /^https:\/\/[^\s<>"'`]+$/;

/** What a value of each shape must be, said after its JSON path ("radar[0].ring: …"). */
function valueMessages(l10n: L10n) {
    return {
        string: l10n.t('must be a string'),
        empty: l10n.t('must not be empty'),
        tooLong: (max: number) => l10n.t('must be at most {0} characters', max),
        package: l10n.t('a package is registry:name (registry npm, rubygems or pypi), optionally ending in *, such as npm:@acme/*'),
    };
}

type ValueMessages = ReturnType<typeof valueMessages>;

const text = (messages: ValueMessages, description: string, max: number) =>
    z.string({ error: messages.string }).check(
        z.trim(),
        z.minLength(1, { error: messages.empty }),
        z.maxLength(max, { error: messages.tooLong(max) }),
        z.describe(description),
    );

const packagePattern = (messages: ValueMessages, description: string) =>
    z.string({ error: messages.string }).check(z.regex(PACKAGE_PATTERN_REGEX, { error: messages.package }), z.describe(description));

function radarItemSchema(l10n: L10n, messages: ValueMessages) {
    return z
        .strictObject(
            {
                package: z.optional(packagePattern(messages, l10n.t('The package this item is about: `registry:name` (npm, rubygems or pypi), optionally ending in `*` for every package with that prefix. PyPI names compare after PEP 503 normalisation. Give `package` or `entry`, not both.'))),
                entry: z.optional(
                    z.string({ error: messages.string }).check(
                        z.regex(ENTRY_REGEX, { error: l10n.t('an entry is a Stack Guide catalog id in kebab-case, such as django') }),
                        z.describe(l10n.t('A Stack Guide catalog entry id (such as `django`): the item covers all of its packages. Give `package` or `entry`, not both.')),
                    ),
                ),
                ring: z.enum(RINGS, { error: l10n.t('ring must be adopt, trial, assess or hold') }).check(
                    z.describe(l10n.t('adopt: the team uses it by default; trial: use it on a project that can take the risk; assess: worth a look, not for production yet; hold: do not start anything new with it.')),
                ),
                note: z.optional(text(messages, l10n.t("The team's word on it, shown in hovers and on a hold's warning."), 500)),
                since: z.optional(
                    z.string({ error: messages.string }).check(
                        z.regex(SINCE_REGEX, { error: l10n.t('since is a date: YYYY, YYYY-MM or YYYY-MM-DD') }),
                        z.describe(l10n.t('When the team decided it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.')),
                    ),
                ),
            },
            { error: (issue) => (issue.code === 'unrecognized_keys' ? l10n.t('unknown property: a radar item has package or entry, ring, note and since') : l10n.t('a radar item is an object')) },
        )
        .check(
            z.refine((item) => (item.package === undefined) !== (item.entry === undefined), { error: l10n.t('a radar item names either a package or an entry, exactly one of them') }),
            z.describe(l10n.t('One package (or catalog entry) on the team radar, with its ring.')),
        );
}

function teamPackageSchema(l10n: L10n, messages: ValueMessages) {
    return z
        .strictObject(
            {
                package: packagePattern(messages, l10n.t('The private or internal package(s): `registry:name`, optionally ending in `*` (`npm:@acme/*`).')),
                summary: text(messages, l10n.t('One sentence saying what it is; shown in hovers instead of "unknown package".'), 300),
                owner: z.optional(text(messages, l10n.t('Who owns it: a team or a person.'), 120)),
                docs: z.optional(
                    z.string({ error: messages.string }).check(
                        z.regex(HTTPS_REGEX, { error: l10n.t('docs must be an https URL') }),
                        z.describe(l10n.t('Its documentation: an https URL (other links are not shown).')),
                    ),
                ),
            },
            { error: (issue) => (issue.code === 'unrecognized_keys' ? l10n.t('unknown property: a package has package, summary, owner and docs') : l10n.t('a package is an object')) },
        )
        .check(z.describe(l10n.t('A private or internal package the team describes: from then on known, not unknown.')));
}

/**
 * The whole file's schema and, for checking the items one at a time after it, the schemas of a
 * radar item and of a private package.
 */
export function teamSchemas(l10n: L10n) {
    const messages = valueMessages(l10n);
    const radarItem = radarItemSchema(l10n, messages);
    const teamPackage = teamPackageSchema(l10n, messages);
    const teamFile = z
        .strictObject(
            {
                $schema: z.optional(z.string({ error: messages.string })),
                name: z.optional(text(messages, l10n.t('The radar\'s name, such as "Acme platform radar".'), 120)),
                radar: z.optional(z.array(radarItem, { error: l10n.t('radar must be a list') }).check(z.describe(l10n.t("The team's radar: packages and catalog entries with their ring. A later file wins per package.")))),
                packages: z.optional(z.array(teamPackage, { error: l10n.t('packages must be a list') }).check(z.describe(l10n.t('Private or internal packages, with a summary, owner and docs link.')))),
            },
            { error: (issue) => (issue.code === 'unrecognized_keys' ? l10n.t('unknown property: a team file has name, radar and packages') : l10n.t('a team file is a JSON object')) },
        )
        .check(z.describe(l10n.t("Stack Guide team file: the team's own radar and its private packages.")));
    return { radarItem, teamPackage, teamFile };
}

export type TeamSchemas = ReturnType<typeof teamSchemas>;
