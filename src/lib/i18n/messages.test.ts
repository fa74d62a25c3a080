// Every message exists and is non-empty in every locale, so no student meets a missing string.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const settings = JSON.parse(
	readFileSync(new URL('project.inlang/settings.json', root), 'utf8')
) as {
	baseLocale: string;
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string | string[] };
};
const configured = settings['plugin.inlang.messageFormat'].pathPattern;
const patterns = Array.isArray(configured) ? configured : [configured];

function load(pattern: string, locale: string): Record<string, unknown> {
	const raw = JSON.parse(readFileSync(new URL(pattern.replace('{locale}', locale), root), 'utf8'));
	delete raw.$schema;
	return raw;
}

describe('messages', () => {
	it('has a file for every locale in every message area, and no stray files', () => {
		const expected = patterns.flatMap((pattern) =>
			settings.locales.map((locale) =>
				pattern.replace('{locale}', locale).replace('./messages/', '')
			)
		);
		for (const file of expected)
			expect(existsSync(new URL(`messages/${file}`, root)), file).toBe(true);
		const present = readdirSync(new URL('messages/', root)).filter((name) =>
			name.endsWith('.json')
		);
		expect(present.sort()).toEqual(expected.sort());
	});

	it.each(patterns)('%s: every locale has every message, none empty', (pattern) => {
		const base = load(pattern, settings.baseLocale);
		for (const locale of settings.locales) {
			const messages = load(pattern, locale);
			const missingOrEmpty = Object.keys(base).filter((key) => {
				const value = messages[key];
				return typeof value !== 'string' || value.trim() === '';
			});
			const stray = Object.keys(messages).filter((key) => !(key in base));
			// Lists the keys by name: `node scripts/i18n-missing.js` prints them with the English text to translate.
			expect(missingOrEmpty, `${locale}: missing or empty messages`).toEqual([]);
			expect(stray, `${locale}: messages not in ${settings.baseLocale}`).toEqual([]);
		}
	});

	it.each(patterns)('%s: every locale keeps the placeholders of the base message', (pattern) => {
		const base = load(pattern, settings.baseLocale);
		const placeholders = (text: unknown) =>
			[...new Set([...String(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
		for (const locale of settings.locales) {
			const messages = load(pattern, locale);
			const broken = Object.keys(base).filter(
				(key) =>
					key in messages && placeholders(messages[key]).join() !== placeholders(base[key]).join()
			);
			expect(broken, `${locale}: placeholders differ from ${settings.baseLocale}`).toEqual([]);
		}
	});

	// JSON.parse keeps the last of two equal keys without a word, so a merge that adds a key twice
	// would silently drop one translation: read the raw text.
	it.each(settings.locales)('%s: declares each key once', (locale) => {
		for (const pattern of patterns) {
			const raw = readFileSync(new URL(pattern.replace('{locale}', locale), root), 'utf8');
			const keys = [...raw.matchAll(/^\s*"([^"]+)"\s*:/gm)].map((match) => match[1]);
			const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
			expect(repeated, `${locale}: keys declared twice`).toEqual([]);
			expect(keys.length).toBe(Object.keys(JSON.parse(raw)).length + repeated.length);
		}
	});
});
