// `node scripts/i18n-missing.js [locale]`: lists the message keys a locale lacks or leaves empty, compared with the base locale (for translators and at merge).
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const settings = JSON.parse(readFileSync(new URL('project.inlang/settings.json', root), 'utf8'));
const load = (/** @type {string} */ locale) =>
	JSON.parse(readFileSync(new URL(`messages/${locale}.json`, root), 'utf8'));
const base = load(settings.baseLocale);
const wanted = process.argv[2] ? [process.argv[2]] : settings.locales;
let missing = 0;
for (const locale of wanted) {
	const messages = load(locale);
	for (const key of Object.keys(base)) {
		const value = messages[key];
		if (typeof value !== 'string' || value.trim() === '') {
			console.log(`${locale}\t${key}\t${base[key]}`);
			missing += 1;
		}
	}
	for (const key of Object.keys(messages))
		if (!(key in base)) console.log(`${locale}\t${key}\t(not in ${settings.baseLocale}: remove)`);
}
process.exitCode = missing > 0 ? 1 : 0;
