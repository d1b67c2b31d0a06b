/**
 * Puts candidate stacks together from the catalog: which language, runtime and framework
 * combinations exist for a use case, and which library fills each key role of a stack.
 * Pure: it reads catalog entries, and the team radar's rings when there are team files.
 */
import type { Catalog } from '../catalog/catalog';
import type { CatalogEntry, Category, UseCase } from '../catalog/schema';
import { statusPresentation } from '../catalog/statuses';
import type { Answers } from './answers';
import { EntryMatcher, isStackFramework } from '../catalog/relations';
import { DESKTOP_ROLES, LIBRARY_PICK, SERVER_ROLES, USE_CASE, USE_CASE_LIBRARY_CATEGORIES, type LibraryPickRule } from './weights';
import { compareCodeUnits } from '../text/order';
import type { TeamRings } from '../team/teamCatalog';

export interface StackCandidate {
    language: CatalogEntry;
    /** The runtime a server stack runs on (Node.js for JavaScript); none when the catalog has none. */
    runtime: CatalogEntry | undefined;
    framework: CatalogEntry;
}

/** How a role of the stack is filled, with what the catalog says about it. */
export type RoleFill =
    | { category: Category; by: 'library'; library: CatalogEntry }
    | {
          category: Category;
          /** The framework does the job itself: an entry of the role names it as an alternative, or the reverse. */
          by: 'framework';
          /** The entry whose `alternatives` field names the other. */
          citing: CatalogEntry;
          named: string;
      };

/**
 * A desktop use case needs a desktop framework and every other use case a web framework, served
 * from the back end alone or full-stack (Next.js): the category decides, so a backend framework
 * is never proposed for a desktop app nor Electron for an API.
 */
export function frameworkCategories(useCase: UseCase): readonly Category[] {
    return useCase === 'desktop' ? ['desktop-framework'] : ['web-framework', 'fullstack-framework'];
}

const usable = (entry: CatalogEntry): boolean => statusPresentation(entry.status)?.recommendable ?? true;

/** The frameworks (web or desktop) each library is made for, computed once per library. */
class FrameworkBindings {
    private readonly matchers: EntryMatcher[];
    private readonly cache = new Map<string, readonly string[]>();

    constructor(entries: readonly CatalogEntry[]) {
        this.matchers = entries.filter(isStackFramework).map((framework) => new EntryMatcher(framework));
    }

    /** Empty for a general-purpose library. */
    frameworksOf(library: CatalogEntry): readonly string[] {
        let bound = this.cache.get(library.id);
        if (!bound) {
            bound = this.matchers.filter((matcher) => matcher.matches(library)).map((matcher) => matcher.target.id);
            this.cache.set(library.id, bound);
        }
        return bound;
    }
}

function ruleScore(rule: LibraryPickRule, library: CatalogEntry): number {
    const judgements = library.judgements;
    const typing = library.attributes?.typing?.value;
    let score = 0;
    if (rule.learningCurve && judgements?.learningCurve) {
        score += rule.learningCurve[judgements.learningCurve.value];
    }
    if (rule.performanceTier && judgements?.performanceTier) {
        score += rule.performanceTier[judgements.performanceTier.value];
    }
    if (rule.batteriesIncluded && judgements?.batteriesIncluded) {
        score += rule.batteriesIncluded[judgements.batteriesIncluded.value];
    }
    if (rule.typing && typing) {
        score += rule.typing[typing];
    }
    return score;
}

/** One assembler per loaded catalog: a catalog never changes once loaded. */
const assemblers = new WeakMap<Catalog, StackAssembler>();

/** Builds candidate stacks and fills their roles; holds the indexes both need. */
export class StackAssembler {
    static for(catalog: Catalog): StackAssembler {
        let assembler = assemblers.get(catalog);
        if (!assembler) {
            assembler = new StackAssembler(catalog);
            assemblers.set(catalog, assembler);
        }
        return assembler;
    }

    private readonly byCategory = new Map<Category, CatalogEntry[]>();
    /** How many entries name each id as their alternative: the catalog's reference points. */
    private readonly namedAsAlternative = new Map<string, number>();
    private readonly bindings: FrameworkBindings;

    constructor(private readonly catalog: Catalog) {
        for (const entry of catalog.all()) {
            if (usable(entry)) {
                const list = this.byCategory.get(entry.category) ?? [];
                list.push(entry);
                this.byCategory.set(entry.category, list);
            }
            for (const id of entry.alternatives) {
                this.namedAsAlternative.set(id, (this.namedAsAlternative.get(id) ?? 0) + 1);
            }
        }
        this.bindings = new FrameworkBindings(catalog.all());
    }

    /**
     * Every (language, runtime, framework) combination the catalog supports for the use case.
     * Desktop frameworks bundle their own runtime, so desktop stacks name none; libraries of
     * the framework category (Rack, aiohttp) are never a stack's framework.
     */
    candidates(useCase: UseCase): StackCandidate[] {
        const runtimes = this.byCategory.get('runtime') ?? [];
        const candidates: StackCandidate[] = [];
        const frameworks = frameworkCategories(useCase).flatMap((category) => this.byCategory.get(category) ?? []);
        for (const framework of frameworks.filter(isStackFramework)) {
            for (const languageId of framework.languages) {
                const language = this.catalog.get(languageId);
                if (language?.kind !== 'language' || !usable(language)) {
                    continue;
                }
                const languageRuntimes = framework.category !== 'desktop-framework' ? runtimes.filter((runtime) => runtime.languages.includes(language.id)) : [];
                for (const runtime of languageRuntimes.length > 0 ? languageRuntimes : [undefined]) {
                    candidates.push({ language, runtime, framework });
                }
            }
        }
        return candidates;
    }

    /** How well a library suits this stack, to choose among the libraries of one role. */
    pickScore(library: CatalogEntry, stack: StackCandidate, answers: Answers, team?: TeamRings): number {
        let score = library.useCases.includes(answers.useCase) ? LIBRARY_PICK.listsUseCase : 0;
        const ring = team?.ringOfEntry(library.id)?.ring;
        if (ring === 'adopt' || ring === 'trial') {
            score += LIBRARY_PICK.teamRing[ring];
        }
        if (this.bindings.frameworksOf(library).includes(stack.framework.id)) {
            score += LIBRARY_PICK.madeForFramework;
        }
        if (library.status.value === 'maintenance') {
            score += LIBRARY_PICK.maintenance;
        }
        for (const priority of answers.priorities) {
            score += ruleScore(LIBRARY_PICK.byPriority[priority], library);
        }
        return score;
    }

    /**
     * Fills the key roles, then up to `USE_CASE.maxLibraries` of the use case's own categories.
     * A role is left to the framework when the catalog pairs them as alternatives (SQLAlchemy
     * names Django: Django brings its own ORM). Otherwise the best-suited library usable from the
     * stack's language fills it, never one made for another framework. Ties go to the library
     * most often named as an alternative (the catalog's reference point for the role, such as
     * pytest), then to the longest-released, then to the id. A library the team radar holds is
     * never picked, one it adopts is preferred. A role with no such library is left out.
     */
    roles(stack: StackCandidate, answers: Answers, team?: TeamRings): RoleFill[] {
        const base = answers.useCase === 'desktop' ? DESKTOP_ROLES : SERVER_ROLES;
        const fills = base.flatMap((category) => this.fill(category, stack, answers, false, team) ?? []);
        let useCaseFills = 0;
        for (const category of USE_CASE_LIBRARY_CATEGORIES[answers.useCase]) {
            const fill = useCaseFills < USE_CASE.maxLibraries && !base.includes(category) ? this.fill(category, stack, answers, true, team) : undefined;
            if (fill) {
                fills.push(fill);
                useCaseFills++;
            }
        }
        return fills;
    }

    /**
     * `forUseCase`: the role comes from the use case, so a library must serve it, by listing the
     * use case or by being made for the framework (no gRPC library for a REST API).
     */
    private fill(category: Category, stack: StackCandidate, answers: Answers, forUseCase: boolean, team: TeamRings | undefined): RoleFill | undefined {
        const { framework, language } = stack;
        // Sorted by id so that which entry is cited never depends on the catalog's file order.
        const inStack = (this.byCategory.get(category) ?? []).filter(
            (entry) =>
                entry.id !== framework.id &&
                entry.kind !== 'language' &&
                entry.kind !== 'runtime' &&
                entry.ecosystem === framework.ecosystem &&
                entry.languages.includes(language.id),
        ).sort((a, b) => compareCodeUnits(a.id, b.id));
        const namesFramework = inStack.find((entry) => entry.alternatives.includes(framework.id));
        if (namesFramework) {
            return { category, by: 'framework', citing: namesFramework, named: framework.id };
        }
        const namedByFramework = inStack.find((entry) => framework.alternatives.includes(entry.id));
        if (namedByFramework) {
            return { category, by: 'framework', citing: framework, named: namedByFramework.id };
        }
        const best = inStack
            .filter((library) => {
                const bound = this.bindings.frameworksOf(library);
                const forThisFramework = bound.includes(framework.id);
                const held = team?.ringOfEntry(library.id)?.ring === 'hold';
                return !held && (bound.length === 0 || forThisFramework) && (!forUseCase || forThisFramework || library.useCases.includes(answers.useCase));
            })
            .map((library) => ({ library, score: this.pickScore(library, stack, answers, team) }))
            .sort(
                (a, b) =>
                    b.score - a.score ||
                    (this.namedAsAlternative.get(b.library.id) ?? 0) - (this.namedAsAlternative.get(a.library.id) ?? 0) ||
                    a.library.firstRelease.year - b.library.firstRelease.year ||
                    compareCodeUnits(a.library.id, b.library.id),
            )[0];
        return best ? { category, by: 'library', library: best.library } : undefined;
    }
}
