import * as assert from 'node:assert/strict';
import { licenceLabel } from '../../../src/core/catalog/licence';
import { english } from '../../../src/core/text/l10n';

describe('licence labels', () => {
    it('leaves SPDX ids and expressions as they are', () => {
        assert.equal(licenceLabel('MIT', english), 'MIT');
        assert.equal(licenceLabel('Apache-2.0 OR UPL-1.0', english), 'Apache-2.0 OR UPL-1.0');
    });

    it('spells out custom LicenseRef ids, inside expressions too', () => {
        assert.equal(licenceLabel('LicenseRef-Repoze-Public-License', english), 'Repoze Public License (custom)');
        assert.equal(licenceLabel('BSD-3-Clause AND LicenseRef-xlrd-Giffin', english), 'BSD-3-Clause AND xlrd Giffin (custom)');
    });
});
