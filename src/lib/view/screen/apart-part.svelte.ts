// The workings shared by HydrateApart (HTML) and HydrateApartSvg (inside an <svg>): render a part on its own on the server, take it over one task after the page has started in the browser.
import { getAllContexts, hydrate, mount, unmount, type Snippet } from 'svelte';
import { render } from 'svelte/server';
import ApartContent from './ApartContent.svelte';
import { startPending } from './pending-starts';

export interface ApartPart {
	/** The part's server render inside its one wrapper element (in the browser, the wrapper alone). */
	readonly markup: string;
	/** The attachment on the element that holds the markup: hydrates the part (or mounts it) one task later. */
	readonly takeOver: (node: Element) => () => void;
	/** An error thrown inside the part, for the component to throw again where the page's error boundary sees it. */
	readonly failure: { error: unknown } | undefined;
}

/**
 * Call while a component initialises (it reads the page's contexts). `wrap` puts the server's render in the one
 * element that the page's own hydration steps over as the single node of an `{@html}` whose browser value differs
 * from the server's on purpose (Svelte keeps the server's nodes then). `name` keeps the ids that `$props.id()` makes
 * inside this part apart from the page's and the other parts'.
 */
export function apartPart(
	content: () => Snippet,
	name: () => string,
	wrap: (markup: string) => string
): ApartPart {
	let failure: { error: unknown } | undefined = $state();
	const context = getAllContexts();

	function partOptions() {
		return {
			props: {
				get content() {
					return content();
				},
				onerror: (error: unknown) => (failure = { error })
			},
			context,
			idPrefix: `${name()}-`
		};
	}

	function takeOver(node: Element) {
		let instance: ReturnType<typeof mount> | undefined;
		const end = startPending();
		const timer = setTimeout(() => {
			end();
			const target = node.firstElementChild;
			if (!target) return;
			const options = { ...partOptions(), target };
			// Prerendered: take over the server's markup. Reached by a link inside the app: render it.
			instance =
				target.firstChild !== null ? hydrate(ApartContent, options) : mount(ApartContent, options);
		}, 0);
		return () => {
			clearTimeout(timer);
			end();
			if (instance) void unmount(instance);
		};
	}

	return {
		// On the server the part is rendered on its own, so that its markup carries the markers its own hydration reads.
		markup: wrap(import.meta.env.SSR ? render(ApartContent, partOptions()).body : ''),
		takeOver,
		get failure() {
			return failure;
		}
	};
}

/** Throws `error` again: used in markup, where the page's error boundary catches it. */
export function rethrow(error: unknown): never {
	throw error;
}
