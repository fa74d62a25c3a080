// Every message exists and is non-empty in every locale, so no student meets a missing string.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const messagesDir = new URL('../../../messages/', import.meta.url);
const settings = JSON.parse(
	readFileSync(new URL('../../../project.inlang/settings.json', import.meta.url), 'utf8')
) as {
	baseLocale: string;
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string | string[] };
};

/** The message files of one locale, as named by the project's path patterns (e.g. `pages.es.json`). */
function fileNames(locale: string): string[] {
	const patterns = [settings['plugin.inlang.messageFormat'].pathPattern].flat();
	return patterns.map((pattern) => pattern.replace('./messages/', '').replace('{locale}', locale));
}

/** Every message of one locale, merged from all its files; a key defined twice fails the test. */
function load(locale: string): Record<string, unknown> {
	const merged: Record<string, unknown> = {};
	for (const name of fileNames(locale)) {
		const raw = JSON.parse(readFileSync(new URL(name, messagesDir), 'utf8'));
		delete raw.$schema;
		for (const [key, value] of Object.entries(raw)) {
			expect(merged, `${key} is defined in more than one file`).not.toHaveProperty(key);
			merged[key] = value;
		}
	}
	return merged;
}

describe('messages', () => {
	const base = load(settings.baseLocale);
	const baseKeys = Object.keys(base).sort();

	it('has exactly the message files the project settings declare', () => {
		const files = readdirSync(messagesDir).filter((name) => name.endsWith('.json'));
		expect(files.sort()).toEqual(settings.locales.flatMap(fileNames).sort());
	});

	it.each(settings.locales)('%s has every message, none empty', (locale) => {
		const messages = load(locale);
		expect(Object.keys(messages).sort()).toEqual(baseKeys);
		for (const [key, value] of Object.entries(messages)) {
			expect(typeof value === 'string' ? value.trim() : value, key).toBeTruthy();
		}
	});
});
