// Every message exists and is non-empty in every locale, so no student meets a missing string.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const projectDir = new URL('../../../', import.meta.url);
const settings = JSON.parse(
	readFileSync(new URL('project.inlang/settings.json', projectDir), 'utf8')
) as {
	baseLocale: string;
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string | string[] };
};
const configuredPatterns = settings['plugin.inlang.messageFormat'].pathPattern;
/** Each message file pattern, e.g. `./messages/{locale}.json` and `./messages/<area>.{locale}.json`. */
const pathPatterns = Array.isArray(configuredPatterns) ? configuredPatterns : [configuredPatterns];

function load(pattern: string, locale: string): Record<string, unknown> {
	const raw = JSON.parse(
		readFileSync(new URL(pattern.replace('{locale}', locale), projectDir), 'utf8')
	);
	delete raw.$schema;
	return raw;
}

describe('messages', () => {
	it('declares one file per locale and pattern, and nothing else', () => {
		const files = readdirSync(new URL('messages/', projectDir)).filter((name) =>
			name.endsWith('.json')
		);
		const expected = pathPatterns.flatMap((pattern) =>
			settings.locales.map((locale) =>
				pattern.replace('{locale}', locale).replace('./messages/', '')
			)
		);
		expect(files.sort()).toEqual(expected.sort());
	});

	it('uses each key in one file only', () => {
		const keys = pathPatterns.flatMap((pattern) => Object.keys(load(pattern, settings.baseLocale)));
		expect(keys.length).toBe(new Set(keys).size);
	});

	describe.each(pathPatterns)('%s', (pattern) => {
		const baseKeys = Object.keys(load(pattern, settings.baseLocale)).sort();

		it.each(settings.locales)('%s has every message, none empty', (locale) => {
			const messages = load(pattern, locale);
			expect(Object.keys(messages).sort()).toEqual(baseKeys);
			for (const [key, value] of Object.entries(messages)) {
				expect(typeof value === 'string' ? value.trim() : value, key).toBeTruthy();
			}
		});
	});
});
