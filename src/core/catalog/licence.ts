import type { L10n } from '../text/l10n';

/**
 * How a licence expression reads to a person. SPDX ids stay as they are (they are what
 * package registries and legal teams search for); `LicenseRef-` ids, which SPDX reserves for
 * licences it does not list, become their words: `LicenseRef-Repoze-Public-License` reads
 * "Repoze Public License (custom)".
 */
export function licenceLabel(expression: string, l10n: L10n): string {
    return expression.replace(/\bLicenseRef-([A-Za-z0-9.-]+)/g, (_, name: string) => l10n.t('{0} (custom)', name.replace(/-/g, ' ')));
}
