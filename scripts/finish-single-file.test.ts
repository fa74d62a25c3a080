// Tests for finishing the single-file build: base, icon and CSP hash are rewritten together, and anything unexpected fails loudly.
import { describe, expect, it } from 'vitest';
import { finishSingleFile, scriptHash } from './finish-single-file.js';

const boot = `{ __sveltekit_x = { base: new URL('.', location).pathname.slice(0, -1) }; app.start(); }`;
const page = (code: string, extraHead = '') =>
	`<html><head><link rel="icon" href="/favicon.svg" type="image/svg+xml" />` +
	`<meta http-equiv="content-security-policy" content="script-src 'self' ${scriptHash(code)}">${extraHead}</head>` +
	`<body><script>${code}</script></body></html>`;
const icon = '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>';

describe('finishSingleFile', () => {
	it('empties the base, inlines the icon and re-hashes the CSP for the changed script', () => {
		const finished = finishSingleFile(page(boot), icon);
		const newCode = boot.replace("new URL('.', location).pathname.slice(0, -1)", "''");
		expect(finished).toContain(`<script>${newCode}</script>`);
		expect(finished).toContain(scriptHash(newCode));
		expect(finished).not.toContain(scriptHash(boot));
		expect(finished).toContain('<link rel="icon" href="data:image/svg+xml,%3Csvg');
		expect(finished).not.toContain('/favicon.svg');
	});

	it('refuses a page whose CSP does not match its script, or whose boot script changed', () => {
		expect(() =>
			finishSingleFile(page(boot).replace(scriptHash(boot), "'sha256-x'"), icon)
		).toThrow(/hash/);
		const other = boot.replace('slice(0, -1)', 'slice(0, -2)');
		expect(() => finishSingleFile(page(other), icon)).toThrow(/base not found/);
	});

	it('refuses a page that still loads other files', () => {
		expect(() =>
			finishSingleFile(page(boot, '<link rel="stylesheet" href="/app.css">'), icon)
		).toThrow(/other files/);
		expect(() => finishSingleFile(page(boot) + '<script src="/x.js"></script>', icon)).toThrow();
	});
});
