import * as vscode from 'vscode';
import type { DependencyDiagnostic } from '../../core/diagnostics/dependencyDiagnostics';

/** Every diagnostic Stack Guide reports says so: the Problems view shows it, and quick fixes pick ours by it. */
export const DIAGNOSTIC_SOURCE = 'Stack Guide';

/** The code's value: the plain code, whether or not it links somewhere. */
export function codeValue(diagnostic: vscode.Diagnostic): string | undefined {
    const { code } = diagnostic;
    if (typeof code === 'object') {
        return String(code.value);
    }
    return code === undefined ? undefined : String(code);
}

/** Converts one core diagnostic: the code links to the entry's page when there is an https one. */
export function toDiagnostic(positionAt: (offset: number) => vscode.Position, found: DependencyDiagnostic): vscode.Diagnostic {
    const range = new vscode.Range(positionAt(found.span.start), positionAt(found.span.end));
    const severity = found.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
    const diagnostic = new vscode.Diagnostic(range, found.message, severity);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = found.link === undefined ? found.code : { value: found.code, target: vscode.Uri.parse(found.link, true) };
    if (found.code === 'deprecated') {
        diagnostic.tags = [vscode.DiagnosticTag.Deprecated];
    }
    return diagnostic;
}
