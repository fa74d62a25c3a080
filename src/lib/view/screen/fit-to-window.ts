// Attachment: keeps `--screen-top` on the explorer screen equal to its distance from the top of the page, so CSS can fit the screen to the window below the site bar and toolbar.

/** Sets `--screen-top` (px) on `node` now and whenever the page above it reflows (toolbar wraps, font size changes, a notice appears). */
export function fitToWindow(node: HTMLElement): () => void {
	let last = '';
	const measure = () => {
		const top = `${Math.round(node.getBoundingClientRect().top + window.scrollY)}px`;
		if (top === last) return;
		last = top;
		node.style.setProperty('--screen-top', top);
	};
	const observer = new ResizeObserver(measure);
	observer.observe(document.body);
	if (node.parentElement) observer.observe(node.parentElement);
	window.addEventListener('resize', measure);
	measure();
	return () => {
		observer.disconnect();
		window.removeEventListener('resize', measure);
	};
}
