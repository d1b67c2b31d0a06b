import * as assert from 'node:assert/strict';
import { messageForAction, parseRecommendMessage, parseRecommendState } from '../../../src/core/recommend/protocol';

describe('recommendation page protocol', () => {
    it('takes the three messages the page sends', () => {
        assert.deepEqual(parseRecommendMessage({ type: 'openEntry', id: 'nestjs' }), { type: 'openEntry', id: 'nestjs' });
        assert.deepEqual(parseRecommendMessage({ type: 'compare' }), { type: 'compare' });
        assert.deepEqual(parseRecommendMessage({ type: 'changeAnswers' }), { type: 'changeAnswers' });
    });

    it('refuses anything else: unknown types, extra or missing fields, odd ids', () => {
        for (const bad of [
            undefined,
            null,
            'compare',
            [],
            { type: 'runCommand', id: 'x' },
            { type: 'toString' },
            { type: 'compare', ids: ['a'] },
            { type: 'openEntry' },
            { type: 'openEntry', id: 'Nest JS' },
            { type: 'openEntry', id: '../../etc' },
            { type: 'openEntry', id: 'a'.repeat(101) },
            { type: 'openEntry', id: 42 },
        ]) {
            assert.equal(parseRecommendMessage(bad), undefined, JSON.stringify(bad));
        }
    });

    it('builds the message of a clicked control through the same check', () => {
        assert.deepEqual(messageForAction('openEntry', 'rails'), { type: 'openEntry', id: 'rails' });
        assert.deepEqual(messageForAction('compare', undefined), { type: 'compare' });
        assert.equal(messageForAction('compare', 'rails'), undefined);
        assert.equal(messageForAction(undefined, undefined), undefined);
    });

    it('restores state that has answers, whatever they hold (the extension checks them)', () => {
        assert.deepEqual(parseRecommendState({ answers: { useCase: 'realtime' } }), { answers: { useCase: 'realtime' } });
        assert.equal(parseRecommendState({ answers: 'realtime' }), undefined);
        assert.equal(parseRecommendState(undefined), undefined);
        assert.equal(parseRecommendState([{ answers: {} }]), undefined);
    });
});
