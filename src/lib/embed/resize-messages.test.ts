// Tests for the embed's parent messages: exact formats hosts expect, strict secret parsing, and a reader that ignores everything unexpected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	embedlyResizeMessage,
	heightInPixels,
	heightMessages,
	pymHeightMessage,
	readParentMessage,
	wordpressHeightMessage,
	wordpressLinkMessage,
	wordpressSecretFromHash
} from './resize-messages';

const src = 'https://example.org/embed?k2=180';

describe('height messages', () => {
	it('Embedly/Flourish: a JSON string with context, height and src', () => {
		const message = embedlyResizeMessage(450, src);
		expect(typeof message).toBe('string');
		expect(JSON.parse(message)).toEqual({ context: 'iframe.resize', height: 450, src });
	});

	it('Pym.js: the delimited height message for the child id', () => {
		expect(pymHeightMessage('calcium-1', 612)).toBe('pymxPYMxcalcium-1xPYMxheightxPYMx612');
	});

	it('WordPress: an object with secret, message and value', () => {
		expect(wordpressHeightMessage('AbC123xyz0', 600)).toEqual({
			secret: 'AbC123xyz0',
			message: 'height',
			value: 600
		});
		expect(wordpressLinkMessage('AbC123xyz0', 'https://example.org/')).toEqual({
			secret: 'AbC123xyz0',
			message: 'link',
			value: 'https://example.org/'
		});
	});

	it('sends Embedly always, Pym.js with a child id, WordPress with a secret', () => {
		expect(heightMessages(450, src, {})).toHaveLength(1);
		const all = heightMessages(450.2, src, { childId: 'a_b-1', wordpressSecret: 'Secret42' });
		expect(all).toEqual([
			embedlyResizeMessage(451, src),
			'pymxPYMxa_b-1xPYMxheightxPYMx451',
			{ secret: 'Secret42', message: 'height', value: 451 }
		]);
	});

	it('sends nothing for a height that is not a positive finite number, and skips invalid ids and secrets', () => {
		for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(heightMessages(bad, src, { childId: 'a' })).toEqual([]);
		}
		expect(heightInPixels(1e9)).toBe(100_000);
		expect(heightMessages(300, src, { childId: 'x"><b>', wordpressSecret: 'a b' })).toHaveLength(1);
	});
});

describe('wordpressSecretFromHash', () => {
	it('reads exactly #?secret= and 1–32 letters or digits', () => {
		expect(wordpressSecretFromHash('#?secret=Ab12CdEf90')).toBe('Ab12CdEf90');
		expect(wordpressSecretFromHash(`#?secret=${'a'.repeat(32)}`)).toBe('a'.repeat(32));
	});

	it('refuses anything else', () => {
		for (const hash of [
			'',
			'#',
			'#?secret=',
			`#?secret=${'a'.repeat(33)}`,
			'#?secret=abc&x=1',
			'#?secret=ab-c',
			'#?secret=abc%20',
			'#secret=abc',
			'#?SECRET=abc',
			'#?secret=<script>',
			'#?secret=abc\n'
		]) {
			expect(wordpressSecretFromHash(hash), hash).toBeUndefined();
		}
	});
});

describe('readParentMessage', () => {
	const targets = { childId: 'calcium', wordpressSecret: 'Secret42' };

	it('answers a Pym.js width message for our child id', () => {
		expect(readParentMessage('pymxPYMxcalciumxPYMxwidthxPYMx720', targets)).toEqual({
			kind: 'send-height',
			from: 'pym'
		});
	});

	it('answers WordPress ready and visible messages that carry our secret', () => {
		for (const message of ['ready', 'visible']) {
			expect(readParentMessage({ message, secret: 'Secret42' }, targets)).toEqual({
				kind: 'send-height',
				from: 'wordpress'
			});
		}
	});

	it('ignores other ids, secrets, shapes and types', () => {
		for (const data of [
			'pymxPYMxotherxPYMxwidthxPYMx720',
			'pymxPYMxcalciumxPYMxwidthxPYMxNaN',
			'pymxPYMxcalciumxPYMxwidthxPYMx1e9',
			'pymxPYMxcalciumxPYMxscrollToxPYMx0',
			'pymxPYMxcalciumxPYMxwidthxPYMx720xPYMxextra',
			`pymxPYMxcalciumxPYMxwidthxPYMx${'1'.repeat(300)}`,
			{ message: 'ready', secret: 'wrong' },
			{ message: 'ready' },
			{ message: 'height', secret: 'Secret42', value: 10 },
			{ message: ['ready'], secret: 'Secret42' },
			{ message: 'ready', secret: ['Secret42'] },
			['ready', 'Secret42'],
			null,
			undefined,
			42,
			new Date(),
			JSON.stringify({ message: 'ready', secret: 'Secret42' })
		]) {
			expect(readParentMessage(data, targets), JSON.stringify(data)).toBeUndefined();
		}
	});

	it('ignores Pym.js and WordPress messages when the embed was not given a child id or secret', () => {
		expect(readParentMessage('pymxPYMxcalciumxPYMxwidthxPYMx720', {})).toBeUndefined();
		expect(readParentMessage({ message: 'ready', secret: 'Secret42' }, {})).toBeUndefined();
	});

	it('never throws, and only answers well-formed messages, whatever arrives', () => {
		fc.assert(
			fc.property(fc.anything(), (data) => {
				const request = readParentMessage(data, targets);
				if (request === undefined) return true;
				return typeof data === 'string' ? data.startsWith('pymxPYMxcalciumxPYMxwidth') : true;
			}),
			{ numRuns: 2000 }
		);
	});
});
