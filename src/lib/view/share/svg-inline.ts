// Clones an on-screen SVG so it renders on its own: each element gets its computed paint and type as inline style (CSS variables resolved), hidden parts are dropped.

/** Properties children inherit: written only where they differ from the parent's value. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'paint-order',
	'visibility',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'text-anchor'
] as const;

/** Properties that are not inherited: written only where they differ from their initial value. */
const NOT_INHERITED: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto' };

/** Elements that are never drawn directly (their computed display says nothing about the picture). */
const NON_RENDERED = new Set([
	'defs',
	'title',
	'desc',
	'marker',
	'clipPath',
	'mask',
	'symbol',
	'linearGradient',
	'radialGradient',
	'stop'
]);

function inlineOne(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
	const computed = getComputedStyle(source);
	const declarations: string[] = [];
	for (const property of INHERITED) {
		const value = computed.getPropertyValue(property);
		if (value !== '' && (parent === null || parent.getPropertyValue(property) !== value)) {
			declarations.push(`${property}:${value}`);
		}
	}
	for (const [property, initial] of Object.entries(NOT_INHERITED)) {
		const value = computed.getPropertyValue(property);
		if (value !== '' && value !== initial) declarations.push(`${property}:${value}`);
	}
	// Presentation attributes written with CSS variables mean nothing outside the page: the style above replaces them.
	for (const attribute of Array.from(target.attributes)) {
		if (attribute.value.includes('var(')) target.removeAttribute(attribute.name);
	}
	target.removeAttribute('class');
	if (declarations.length > 0) target.setAttribute('style', declarations.join(';'));
	else target.removeAttribute('style');
}

/** Walks source and clone side by side (same structure); returns false when the clone element should be removed. */
function inlineTree(
	source: Element,
	target: Element,
	parent: CSSStyleDeclaration | null,
	insideDefinitions: boolean
): boolean {
	const definitions = insideDefinitions || NON_RENDERED.has(source.tagName);
	if (!definitions && getComputedStyle(source).display === 'none') return false;
	if (source.tagName !== 'title' && source.tagName !== 'desc') inlineOne(source, target, parent);
	// Inside <defs> nothing inherits from the document tree (a marker inherits from where it is defined), so write everything.
	const own = NON_RENDERED.has(source.tagName) ? null : getComputedStyle(source);
	const sourceChildren = Array.from(source.children);
	const targetChildren = Array.from(target.children);
	sourceChildren.forEach((child, index) => {
		const twin = targetChildren[index];
		if (twin && !inlineTree(child, twin, own, definitions)) twin.remove();
	});
	return true;
}

function removeComments(node: Node): void {
	for (const child of Array.from(node.childNodes)) {
		if (child.nodeType === Node.COMMENT_NODE) child.remove();
		else removeComments(child);
	}
}

/** A standalone copy of `source`: inline styles from getComputedStyle, no classes, no ARIA references to ids outside it. */
export function cloneWithInlineStyles(source: SVGSVGElement): SVGSVGElement {
	const clone = source.cloneNode(true) as SVGSVGElement;
	removeComments(clone);
	inlineTree(source, clone, null, false);
	for (const attribute of [
		'aria-labelledby',
		'aria-describedby',
		'role',
		'class',
		'data-snapshot'
	]) {
		clone.removeAttribute(attribute);
	}
	return clone;
}
