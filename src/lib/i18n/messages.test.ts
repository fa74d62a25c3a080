// Every message exists and is non-empty in every locale, so no student meets a missing string.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const messagesDir = new URL('../../../messages/', import.meta.url);
const settings = JSON.parse(
	readFileSync(new URL('../../../project.inlang/settings.json', import.meta.url), 'utf8')
) as { baseLocale: string; locales: string[] };

function load(locale: string): Record<string, unknown> {
	const raw = JSON.parse(readFileSync(new URL(`${locale}.json`, messagesDir), 'utf8'));
	delete raw.$schema;
	return raw;
}

describe('messages', () => {
	const base = load(settings.baseLocale);
	const baseKeys = Object.keys(base).sort();

	it('declares one file per locale and nothing else', () => {
		const files = readdirSync(messagesDir).filter((name) => name.endsWith('.json'));
		expect(files.sort()).toEqual(settings.locales.map((locale) => `${locale}.json`).sort());
	});

	it.each(settings.locales)('%s has every message, none empty', (locale) => {
		const messages = load(locale);
		expect(Object.keys(messages).sort()).toEqual(baseKeys);
		for (const [key, value] of Object.entries(messages)) {
			expect(typeof value === 'string' ? value.trim() : value, key).toBeTruthy();
		}
	});
});
