import * as vscode from 'vscode';
import type { StackGuideApi, StackGuideTesting } from '../../src/api';

export const EXTENSION_ID = 'stackguide.stack-guide';

/** The API as the tests see it: the public one, and what VS Code's test mode adds. */
export type TestedApi = StackGuideApi & { readonly testing: StackGuideTesting };

export async function activateExtension(): Promise<TestedApi> {
    const extension = vscode.extensions.getExtension<StackGuideApi>(EXTENSION_ID);
    if (!extension) {
        throw new Error(`${EXTENSION_ID} is not installed in this host`);
    }
    const api = await extension.activate();
    const { testing } = api;
    if (!testing) {
        throw new Error(`${EXTENSION_ID} gives its testing API only when VS Code runs it for tests (extensionTestsPath)`);
    }
    return { ...api, testing };
}

/** The labels of the editor tabs, in every group. */
const tabLabels = (): string[] => vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));

/** The tab labels once one reads `label`: the workbench reports a new tab a moment after the panel exists. */
export async function tabsWith(label: string): Promise<string[]> {
    const until = Date.now() + 20_000;
    while (!tabLabels().includes(label) && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return tabLabels();
}
