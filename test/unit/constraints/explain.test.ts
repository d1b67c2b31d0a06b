import * as assert from 'node:assert/strict';
import { explainConstraint, MAX_CONSTRAINT_LENGTH } from '../../../src/core/constraints/explain';
import { explainMarkers } from '../../../src/core/constraints/markers';
import { english } from '../../../src/core/text/l10n';

describe('constraints: dispatcher and markers', () => {
    it('routes each registry to its own rules', () => {
        assert.equal(explainConstraint('npm', '^1.0.0', english)?.valid, true);
        assert.equal(explainConstraint('rubygems', '^1.0.0', english)?.valid, false);
        assert.equal(explainConstraint('pypi', '^1.0.0', english)?.valid, false);
        assert.equal(explainConstraint('pypi', '^1.0.0', english, 'poetry')?.valid, true);
        assert.equal(explainConstraint('rubygems', '~> 1.0', english)?.valid, true);
        assert.equal(explainConstraint('pypi', '~=1.0', english)?.valid, true);
    });

    it('gives up on constraints too long to be real', () => {
        const long = `>=1.0, ${'!=1.1, '.repeat(MAX_CONSTRAINT_LENGTH)}<2`;
        assert.equal(explainConstraint('pypi', long, english), undefined);
        assert.equal(explainConstraint('npm', 'x'.repeat(MAX_CONSTRAINT_LENGTH + 1), english), undefined);
    });

    it('never throws on junk', () => {
        for (const junk of ['\u0000', '((((', '||||', ',,,', '~>', '===', '^', '*.*.*.*', '1'.repeat(500), '🙂']) {
            for (const registry of ['npm', 'rubygems', 'pypi'] as const) {
                const explanation = explainConstraint(registry, junk, english);
                assert.ok(explanation && typeof explanation.words === 'string');
            }
            assert.ok(explainConstraint('pypi', junk, english, 'poetry'));
        }
    });

    it('renders markers readably', () => {
        assert.equal(explainMarkers('python_version < "3.11"', english), 'only when Python < 3.11');
        assert.equal(explainMarkers(`sys_platform == 'win32'`, english), 'only when the platform is Windows');
        assert.equal(
            explainMarkers(`python_version >= "3.8" and (platform_system != "Darwin" or platform_machine == "arm64")`, english),
            'only when Python >= 3.8 and (the OS is not macOS or the machine is arm64)',
        );
        assert.equal(explainMarkers('extra == "dev"', english), 'only when the "dev" extra is requested');
        assert.equal(explainMarkers(`implementation_name == "pypy"`, english), 'only when the Python implementation is PyPy');
        assert.equal(explainMarkers(`os_name   ==   "nt"`, english), 'only when the OS family is Windows');
    });
});
