/**
 * The text of the recommendation's result list, independent of VS Code: what each row says and
 * what choosing it does. The adapter turns these rows into QuickPick items.
 */
import type { Catalog } from '../catalog/catalog';
import { CATEGORY_LABELS } from '../catalog/labels';
import { joinAsList } from '../text/lists';
import type { RankedStack, Reason } from './scoring';

/** What choosing a row does. */
export type ResultAction =
    | { type: 'compare'; ids: string[] }
    | { type: 'documentation'; entry: string }
    /** Reveals the entry a reason cites, so its data can be read in the sidebar. */
    | { type: 'show'; entry: string };

export type ResultRow =
    | { kind: 'separator'; label: string }
    | { kind: 'compare'; label: string; description: string; action: ResultAction }
    | { kind: 'stack'; label: string; detail: string; action: ResultAction; documentationOf: string; documentationName: string }
    | { kind: 'reason'; label: string; description: string; polarity: Reason['polarity']; action: ResultAction };

/** U+2212, the minus sign, reads better than a hyphen next to "+". */
const MINUS = '\u2212';

/** "TypeScript · Node.js · NestJS". */
export function stackTitle(stack: RankedStack, catalog: Catalog): string {
    return [stack.language, stack.runtime, stack.framework].flatMap((id) => (id === undefined ? [] : [catalog.nameOf(id)])).join(' · ');
}

/** "ORM / ODM: Mongoose · Authentication: jsonwebtoken · Admin: built into Django". */
export function rolesLine(stack: RankedStack, catalog: Catalog): string {
    return stack.roles
        .map((role) => `${CATEGORY_LABELS[role.category]}: ${role.byFramework ? `built into ${catalog.nameOf(role.entry)}` : catalog.nameOf(role.entry)}`)
        .join(' · ');
}

/** "+30 · NestJS › useCases", with judgements labelled as such. */
export function reasonCitation(reason: Reason, catalog: Catalog): string {
    const points = reason.points > 0 ? `+${reason.points}` : `${MINUS}${Math.abs(reason.points)}`;
    const judgement = reason.source.field.startsWith('judgements.') ? ' (our judgement)' : '';
    return `${points} · ${catalog.nameOf(reason.source.entry)} › ${reason.source.field}${judgement}`;
}

/**
 * The rows of the result list: a compare action on top, then each stack with its reasons
 * below it, so the reasons can be read in full rather than squeezed into one line.
 */
export function resultRows(stacks: readonly RankedStack[], catalog: Catalog): ResultRow[] {
    const rows: ResultRow[] = [];
    if (stacks.length > 1) {
        const frameworks = stacks.map((stack) => stack.framework);
        rows.push({
            kind: 'compare',
            label: `$(split-horizontal) Compare ${joinAsList(frameworks.map((id) => catalog.nameOf(id)))}`,
            description: 'side by side in the comparison panel',
            action: { type: 'compare', ids: frameworks },
        });
    }
    stacks.forEach((stack, index) => {
        // The separator carries the rank and score, so the stack's own row has room for its roles.
        rows.push({ kind: 'separator', label: `${index + 1} · score ${stack.score}` });
        const framework = catalog.nameOf(stack.framework);
        rows.push({
            kind: 'stack',
            label: `$(layers) ${stackTitle(stack, catalog)}`,
            detail: rolesLine(stack, catalog) || 'The catalog has no key libraries for this stack yet',
            action: { type: 'documentation', entry: stack.framework },
            documentationOf: stack.framework,
            documentationName: framework,
        });
        for (const reason of stack.reasons) {
            rows.push({
                kind: 'reason',
                label: `${reason.polarity === 'plus' ? '$(add)' : '$(remove)'} ${reason.text}`,
                description: reasonCitation(reason, catalog),
                polarity: reason.polarity,
                action: { type: 'show', entry: reason.source.entry },
            });
        }
    });
    return rows;
}
