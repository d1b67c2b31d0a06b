import * as assert from 'node:assert/strict';
import { licenceLabel } from '../../../src/core/catalog/licence';

describe('licence labels', () => {
    it('leaves SPDX ids and expressions as they are', () => {
        assert.equal(licenceLabel('MIT'), 'MIT');
        assert.equal(licenceLabel('Apache-2.0 OR UPL-1.0'), 'Apache-2.0 OR UPL-1.0');
    });

    it('spells out custom LicenseRef ids, inside expressions too', () => {
        assert.equal(licenceLabel('LicenseRef-Repoze-Public-License'), 'Repoze Public License (custom)');
        assert.equal(licenceLabel('BSD-3-Clause AND LicenseRef-xlrd-Giffin'), 'BSD-3-Clause AND xlrd Giffin (custom)');
    });
});
