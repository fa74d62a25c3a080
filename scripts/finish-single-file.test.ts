// Tests for finishing the single-file build: base, icon and CSP hash are rewritten together, and anything unexpected fails loudly.
import { describe, expect, it } from 'vitest';
import { finishSingleFile, scriptHash } from './finish-single-file.js';

const boot = `{ __sveltekit_x = { base: new URL('.', location).pathname.slice(0, -1) }; app.start(); }`;
const page = (code: string, extraHead = '') =>
	`<html><head><link rel="icon" href="/favicon.png" type="image/png" sizes="32x32" />` +
	`<meta http-equiv="content-security-policy" content="script-src 'self' ${scriptHash(code)}">${extraHead}</head>` +
	`<body><script>${code}</script></body></html>`;
/** A PNG's signature and first bytes are enough here: the icon is only encoded, never decoded. */
const icon = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('finishSingleFile', () => {
	it('empties the base, inlines the icon and re-hashes the CSP for the changed script', () => {
		const finished = finishSingleFile(page(boot), icon);
		const newCode = boot.replace("new URL('.', location).pathname.slice(0, -1)", "''");
		expect(finished).toContain(`<script>${newCode}</script>`);
		expect(finished).toContain(scriptHash(newCode));
		expect(finished).not.toContain(scriptHash(boot));
		expect(finished).toContain('<link rel="icon" href="data:image/png;base64,iVBORw0KGgo="');
		expect(finished).not.toContain('/favicon.png');
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
