/**
 * Where a dependency that does not come from the registry lives: a local folder opened as a URI
 * beside the manifest, or a Git repository's https page. Never the registry page of a package
 * that happens to share the name. The manifest's strings are hostile: a location that would
 * leave the manifest's own scheme and host, or a repository that is not https, gives no link.
 */
import type { ManifestDependency } from '../manifests/manifestTypes';
import type { L10n } from '../text/l10n';
import { safeHttpsUrl } from '../text/safeUrl';

export interface SourceLink {
    readonly label: string;
    readonly url: string;
}

/** Bundler's shorthands (gemfile.ts writes them as `github:owner/repo`) and their hosts. */
const SHORTHAND_HOSTS: Record<string, string> = {
    'github:': 'https://github.com/',
    'gist:': 'https://gist.github.com/',
    'bitbucket:': 'https://bitbucket.org/',
};

/** `git@github.com:owner/repo.git` → `https://github.com/owner/repo`; `https://…` kept. */
function repositoryPage(location: string): string | undefined {
    const shorthand = Object.keys(SHORTHAND_HOSTS).find((prefix) => location.startsWith(prefix));
    const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(location);
    const written = shorthand !== undefined
        ? `${SHORTHAND_HOSTS[shorthand] ?? ''}${location.slice(shorthand.length)}`
        : scp ? `https://${scp[1] ?? ''}/${scp[2] ?? ''}` : location.replace(/^git\+/, '');
    return safeHttpsUrl(written.replace(/\.git$/, ''));
}

/** The folder against the manifest's own URI; only a location that stays on its scheme and host. */
function folderUri(location: string, manifestUri: string): string | undefined {
    let base: URL;
    let target: URL;
    try {
        base = new URL(manifestUri);
        target = new URL(location.replace(/\\/g, '/'), base);
    } catch {
        return undefined;
    }
    const sameOrigin = target.protocol === base.protocol && target.host === base.host && target.username === '' && target.password === '';
    return sameOrigin && target.href !== base.href ? target.href : undefined;
}

/** The link for a git or path source, or undefined when the manifest gave no usable location. */
export function sourceLink(dependency: ManifestDependency, manifestUri: string | undefined, l10n: L10n): SourceLink | undefined {
    const location = dependency.sourceLocation;
    if (location === undefined || location.trim() === '') {
        return undefined;
    }
    if (dependency.source === 'git') {
        const url = repositoryPage(location.trim());
        return url === undefined ? undefined : { label: l10n.t('Repository'), url };
    }
    if (dependency.source === 'path' && manifestUri !== undefined) {
        const url = folderUri(location.trim(), manifestUri);
        return url === undefined ? undefined : { label: l10n.t('Open {0}', location.trim()), url };
    }
    return undefined;
}
