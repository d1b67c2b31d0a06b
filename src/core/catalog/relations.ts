/**
 * Tells when a library is made for another entry: Flask-Login for Flask, graphene-django for
 * Django, Flask-WTF for WTForms. The catalog has no field for it, so it is read from what the
 * entries do say: a package name built on the other's (flask-login, express-session), a shared
 * npm scope (@nestjs/…), or the library's name or summary naming the other entry ("Django
 * Channels", "the object-relational mapper of Ruby on Rails").
 */
import type { CatalogEntry, Category } from './schema';
import { capitalise } from '../text/casing';

/** "flask-login" → flask, login; "@nestjs/core" → @nestjs, core. */
function packageTokens(name: string): string[] {
    const lower = name.toLowerCase();
    const scope = /^(@[^/]+)\//.exec(lower)?.[1];
    const bare = scope ? lower.slice(scope.length + 1) : lower;
    return [...(scope ? [scope] : []), ...bare.split(/[-_.]/)];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words that make a mention a comparison, not a dependency, when they come at most three words
 * before the name: "replacing Flake8, isort and Black", "unlike FastAPI", "a fork of Flask-RESTPlus".
 */
const RIVAL_CONTEXT =
    /\b(?:replac\w*|unlike|instead of|rather than|than|alternatives? (?:to|for)|successor (?:to|of)|like|similar to|compared (?:to|with)|fork of|modell?ed (?:on|after)|inspired by|in the style of)\W+(?:[\w.-]+\W+){0,3}$/i;

/** A name used as a model, not a host: "a FastAPI-style layer for Django", "Rails-like conventions". */
const RIVAL_SUFFIX = /^-(?:style|like|inspired)\b/i;

/** How to recognise references to one entry. */
export class EntryMatcher {
    /** Single-token package names ("flask") and npm scopes ("@nestjs"); "sinatra-contrib" would match too widely. */
    private readonly tokens: Set<string>;
    /**
     * The entry's names as whole words, case-sensitive so that prose ("express routes") does not
     * match: its name, and a package name it is also called by ("Rails" for Ruby on Rails). A
     * package name the entry's name starts with adds nothing ("Next" would match "Next-generation").
     */
    private readonly names: RegExp;

    constructor(readonly target: CatalogEntry) {
        const single = target.packages.flatMap((pkg) => {
            const tokens = packageTokens(pkg.name);
            return tokens[0]?.startsWith('@') ? [tokens[0]] : tokens.length === 1 ? tokens : [];
        });
        this.tokens = new Set(single);
        const aliases = single
            .filter((token) => /^[a-z]{4,}$/.test(token) && !target.name.toLowerCase().startsWith(token))
            .map(capitalise);
        const alternatives = [target.name, ...aliases].map(escapeRegExp).join('|');
        this.names = new RegExp(`(?<![\\w.])(?:${alternatives})(?![\\w])`, 'g');
    }

    /** The text names the target other than as a rival ("replacing Flake8", "modelled on Ruby on Rails", "FastAPI-style"). */
    private named(text: string): boolean {
        for (const match of text.matchAll(this.names)) {
            const after = text.slice(match.index + match[0].length);
            if (!RIVAL_CONTEXT.test(text.slice(Math.max(0, match.index - 60), match.index)) && !RIVAL_SUFFIX.test(after)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when `library` is made for the target; only entries of one ecosystem can be. A
     * declared `extends` is enough, but names and summaries count too: pytest-django extends
     * pytest and is made for Django.
     */
    matches(library: CatalogEntry): boolean {
        if (library.id === this.target.id || library.ecosystem !== this.target.ecosystem) {
            return false;
        }
        return (
            (library.extends?.includes(this.target.id) ?? false) ||
            library.packages.some((pkg) => packageTokens(pkg.name).some((token) => this.tokens.has(token))) ||
            this.named(library.name) ||
            this.named(library.summary)
        );
    }
}

/** Whether either entry is made for the other: a plugin and its host do not duplicate each other. */
export function oneIsMadeForTheOther(a: CatalogEntry, b: CatalogEntry): boolean {
    return new EntryMatcher(b).matches(a) || new EntryMatcher(a).matches(b);
}

/** The categories of framework a stack is built on: the review detects them, recommendations pick them. */
const STACK_FRAMEWORK_CATEGORIES: readonly Category[] = ['web-framework', 'fullstack-framework', 'desktop-framework'];

/**
 * A framework a stack can be built on. The web-framework category also holds libraries of that
 * world (Rack, Werkzeug, body-parser): never proposed as a stack's framework, nor a host that
 * other libraries are made for.
 */
export function isStackFramework(entry: CatalogEntry): boolean {
    return entry.kind === 'framework' && STACK_FRAMEWORK_CATEGORIES.includes(entry.category);
}
