// A part hydrated apart is server-rendered inside one wrapper, with the hydration markers of its own root.
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import HydrateApart from './HydrateApart.svelte';
import DrawingWithPart from './fixtures/DrawingWithPart.svelte';
import PartWithField from './fixtures/PartWithField.svelte';

const part = createRawSnippet(() => ({ render: () => '<p>controls</p>' }));

describe('HydrateApart on the server', () => {
	it('renders its content inside a single wrapper, as a root of its own', () => {
		const { body } = render(HydrateApart, { props: { name: 'controls', children: part } });
		const wrappers = body.match(/<div class="apart" style="display:contents">/g) ?? [];
		expect(wrappers).toHaveLength(1);
		// The root's own start marker comes first inside the wrapper: hydrate() looks for it there.
		expect(body).toMatch(
			/<div class="apart" style="display:contents"><!--\[-->.*<p>controls<\/p>.*<!--\]--><\/div>/s
		);
	});

	it('gives the ids made inside the part its own prefix, apart from the page’s', () => {
		const { body } = render(PartWithField);
		const id = body.match(/<input id="([^"]+)"/)?.[1];
		expect(id).toMatch(/^scene-/);
		expect(body).toContain(`for="${id}"`);
	});
});

describe('HydrateApartSvg on the server', () => {
	it('renders its part inside one <g>, as a root of its own, in its place in the drawing', () => {
		const { body } = render(DrawingWithPart);
		expect(body.match(/<g class="apart">/g) ?? []).toHaveLength(1);
		// Paint order is document order: the part stays between the shapes drawn before and after it.
		expect(body).toMatch(
			/<rect class="before"[^>]*><\/rect>.*<g class="apart"><!--\[-->.*<circle class="organ"[^>]*><\/circle>.*<!--\]--><\/g>.*<rect class="after"/s
		);
	});
});
