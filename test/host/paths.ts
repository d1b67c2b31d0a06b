import * as path from 'node:path';

/** The repository root, from the compiled location out/test/host/. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const FIXTURE_WORKSPACE = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
/** Two folders, `api` and `web`, opened together as a multi-root workspace. */
export const MULTI_ROOT_WORKSPACE = path.join(REPO_ROOT, 'test', 'fixtures', 'multi-root', 'multi-root.code-workspace');
export const DEMO_WORKSPACE = path.join(REPO_ROOT, 'demo');
/** Screenshots and failure captures; git-ignored. */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const INTEGRATION_SUITE = path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js');
export const VSIX_PATH = path.join(REPO_ROOT, 'stack-guide.vsix');
