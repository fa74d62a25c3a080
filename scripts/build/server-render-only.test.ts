// svelte/server is replaced by a throwing stub in the browser build only; the server keeps the real one.
import { describe, expect, it } from 'vitest';
import { serverRenderOnly, serverRenderStub } from './server-render-only.js';
import { render } from './server-render-stub.js';

type Resolver = { handler: (id: string) => string | null };

describe('serverRenderOnly', () => {
	const plugin = serverRenderOnly();
	const applies = plugin.applyToEnvironment as (environment: { name: string }) => boolean;
	const resolver = plugin.resolveId as unknown as Resolver;

	it('applies to the browser build, not to the server’s', () => {
		expect(applies({ name: 'client' })).toBe(true);
		expect(applies({ name: 'ssr' })).toBe(false);
	});

	it('resolves svelte/server to the stub and leaves every other module alone', () => {
		expect(resolver.handler('svelte/server')).toBe(serverRenderStub);
		expect(resolver.handler('svelte')).toBeNull();
		expect(resolver.handler('svelte/server/extra')).toBeNull();
	});

	it('has a stub that refuses to render in the browser', () => {
		expect(() => render()).toThrow(/server only/);
	});
});
