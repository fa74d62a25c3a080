// Attachment: keeps `--screen-top` on the explorer screen equal to its distance from the top of the page, so CSS can fit the screen to the window below the site bar and toolbar.

/** Where the explorer becomes one screen fitted to the window: the same width as the media query in Explorer.svelte. */
const ONE_SCREEN_QUERY = '(min-width: 60rem)';

/**
 * Sets `--screen-top` (px) on `node` whenever the page above it reflows (toolbar wraps, font size changes, a notice
 * appears), at widths where the one-screen layout uses it. It first measures in the ResizeObserver's first callback,
 * just after a layout, never while the page starts: measured there, it forced a layout of the whole page, and the
 * new value a style recalculation of the whole screen, inside the start's longest task. Narrower, it does nothing.
 */
export function fitToWindow(node: HTMLElement): () => void {
	const oneScreen = window.matchMedia(ONE_SCREEN_QUERY);
	let last = '';
	const measure = () => {
		if (!oneScreen.matches) return;
		const top = `${Math.round(node.getBoundingClientRect().top + window.scrollY)}px`;
		if (top === last) return;
		last = top;
		node.style.setProperty('--screen-top', top);
	};
	const observer = new ResizeObserver(measure);
	observer.observe(document.body);
	if (node.parentElement) observer.observe(node.parentElement);
	window.addEventListener('resize', measure);
	return () => {
		observer.disconnect();
		window.removeEventListener('resize', measure);
	};
}
