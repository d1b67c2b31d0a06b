import * as vscode from 'vscode';
import type { StackGuideApi } from '../../src/api';

export const EXTENSION_ID = 'stackguide.stack-guide';

export async function activateExtension(): Promise<StackGuideApi> {
    const extension = vscode.extensions.getExtension<StackGuideApi>(EXTENSION_ID);
    if (!extension) {
        throw new Error(`${EXTENSION_ID} is not installed in this host`);
    }
    return extension.activate();
}
