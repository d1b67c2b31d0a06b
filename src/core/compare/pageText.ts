import type { L10n } from '../text/l10n';
import type { ComparePageText } from './protocol';

/**
 * The comparison page's words (ComparePageText) in the display language: `l10n.t` keeps a
 * placeholder it has no value for, so a message with `{0}` stays a template for the page.
 */
export function comparePageText(l10n: L10n): ComparePageText {
    return {
        heading: l10n.t('Compare'),
        loading: l10n.t('Loading the comparison…'),
        onlyDifferences: l10n.t('Only differences'),
        copyMarkdown: l10n.t('Copy as Markdown'),
        addLabel: l10n.t('Add an entry'),
        add: l10n.t('Add'),
        browse: l10n.t('Browse…'),
        addLimit: l10n.t('A comparison shows at most {0} entries: remove one to add another.'),
        notAddable: l10n.t('No entry to add is called “{0}”. Pick a name from the list, or use Browse.'),
        removed: l10n.t('Removed {0}.'),
        bringBack: l10n.t('Bring {0} back'),
        undo: l10n.t('Undo'),
        removeColumn: l10n.t('Remove {0}'),
        moveLeft: l10n.t('Move {0} left'),
        moveRight: l10n.t('Move {0} right'),
        tableLabel: l10n.t('Comparison table'),
        dimension: l10n.t('Dimension'),
        caption: l10n.t('Comparing {0}: {1} of {2} dimensions differ.'),
        captionOnlyDifferences: l10n.t('Showing only the dimensions that differ.'),
        listEnd: l10n.t('{0} and {1}'),
        judgementBadge: l10n.t('judgement'),
        differsBadge: l10n.t('differs'),
        noDifferences: l10n.t('These entries do not differ on any dimension.'),
        notStated: l10n.t('Not stated'),
        noRationale: l10n.t('No rationale given.'),
        ourJudgement: l10n.t('Our judgement: {0}'),
        why: l10n.t('Judgement: why?'),
        source: l10n.t('Source'),
        sourceOf: l10n.t('for {0}: {1}'),
        emptyHeading: l10n.t('Choose at least {0} entries to compare'),
        emptyHelp: l10n.t('Type a name in “Add an entry” or browse the catalog. The command “Stack Guide: Compare…” opens a comparison too.'),
        chosenSoFar: l10n.t('Chosen so far:'),
    };
}
