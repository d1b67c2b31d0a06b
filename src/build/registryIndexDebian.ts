import { cleanSummary, httpsUrl } from '../core/registry/indexText';
import type { IndexRow } from '../core/registry/indexTypes';

/** One Debian binary package's fields, from a stanza of `apt-cache show` output. */
type Stanza = Record<string, string>;

function stanzas(text: string): Stanza[] {
    return text
        .split(/\n\s*\n/)
        .map((block) => {
            const fields: Stanza = {};
            let last: string | undefined;
            for (const line of block.split('\n')) {
                const field = /^([A-Za-z][A-Za-z0-9-]*):\s?(.*)$/.exec(line);
                if (field) {
                    last = field[1]!;
                    fields[last] = field[2]!.trim();
                } else if (last !== undefined && /^\s/.test(line)) {
                    fields[last] += `\n${line.trim()}`;
                }
            }
            return fields;
        })
        .filter((fields) => fields.Package !== undefined);
}

/** Debian writes gem names in lower case with `-` for `_`; this compares a name as Debian would. */
function debianSpelling(name: string): string {
    return name.toLowerCase().replace(/_/g, '-');
}

/** The repository name in a homepage on a code host, or the gem name in a gem page. */
function homepageName(homepage: string): string | undefined {
    const gemPage = /^https?:\/\/rubygems\.org\/gems\/([^/#?]+)\/?$/i.exec(homepage);
    if (gemPage) {
        return gemPage[1];
    }
    const repo = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/[^/]+\/([^/#?]+?)(?:\.git)?\/?(?:[#?].*)?$/i.exec(homepage);
    return repo?.[1];
}

export interface DebianGem {
    readonly gem?: string;
    readonly reason: string;
}

/**
 * The gem a Debian `ruby-*` package carries, when that is certain. Debian's name is `ruby-`
 * and the gem name lower-cased with `_` written `-`, so the exact gem name is taken from a
 * curated catalog name or the homepage's repository name when either spells the same words;
 * else a name without `-` (so without a `-`/`_` doubt) is taken as it is, unless the homepage
 * names a different repository (ruby-org packages the gem org-ruby). Anything else is left out.
 */
export function gemNameFor(stanza: Stanza, catalogGems: ReadonlyMap<string, string>): DebianGem {
    const debianName = stanza.Package!.replace(/^ruby-/, '');
    const catalogName = catalogGems.get(debianName);
    if (catalogName !== undefined) {
        return { gem: catalogName, reason: 'catalog' };
    }
    const fromHomepage = homepageName(stanza.Homepage ?? '');
    if (fromHomepage !== undefined && debianSpelling(fromHomepage) === debianName) {
        // A repository named in capitals (RedCloth) may or may not be the gem's spelling.
        return fromHomepage === fromHomepage.toLowerCase() ? { gem: fromHomepage, reason: 'homepage' } : { reason: 'homepage in capitals' };
    }
    if (fromHomepage !== undefined) {
        return { reason: `homepage names ${fromHomepage}` };
    }
    return debianName.includes('-') ? { reason: 'no evidence whether - or _' } : { gem: debianName, reason: 'plain name' };
}

/** Packages that carry no gem: documentation, development headers, transitional dummies. */
function carriesGem(stanza: Stanza): boolean {
    const name = stanza.Package ?? '';
    const description = (stanza.Description ?? '').toLowerCase();
    return (
        name.startsWith('ruby-') &&
        stanza.Section === 'ruby' &&
        !name.endsWith('-doc') &&
        !/transitional|dummy package/.test(description)
    );
}

export interface DebianGemRows {
    readonly rows: IndexRow[];
    readonly skipped: readonly { readonly debianPackage: string; readonly reason: string }[];
}

/**
 * RubyGems rows from Debian's `ruby-*` packages: gem name, Debian's one-line description and
 * the upstream homepage. No version (Debian's is its own, not the gem's latest) and no rank.
 */
export function debianGemRows(aptShowText: string, catalogGemNames: readonly string[]): DebianGemRows {
    const catalogGems = new Map(catalogGemNames.map((name) => [debianSpelling(name), name]));
    const rows = new Map<string, IndexRow>();
    const skipped: { debianPackage: string; reason: string }[] = [];
    for (const stanza of stanzas(aptShowText).filter(carriesGem)) {
        const { gem, reason } = gemNameFor(stanza, catalogGems);
        if (gem === undefined) {
            skipped.push({ debianPackage: stanza.Package!, reason });
            continue;
        }
        const synopsis = (stanza.Description ?? '').split('\n')[0] ?? '';
        const homepage = httpsUrl(stanza.Homepage) ?? null;
        rows.set(gem, homepage === null ? [gem, cleanSummary(synopsis)] : [gem, cleanSummary(synopsis), null, null, null, homepage]);
    }
    return { rows: [...rows.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)), skipped };
}
