import * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/catalog';
import { catalogFromCompiled, COMPILED_CATALOG_PATH } from '../core/catalog/compiled';

/**
 * Reads the compiled catalog from the extension's own files through workspace.fs, which
 * serves any file system the extension may be installed on, not only a local disk.
 */
export async function loadCompiledCatalog(extensionUri: vscode.Uri): Promise<Catalog> {
    return catalogFromCompiled(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...COMPILED_CATALOG_PATH)));
}
