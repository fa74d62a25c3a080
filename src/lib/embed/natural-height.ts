// The embed's natural height (its content laid out at the frame's width, whatever the frame's height) and the scene fit that keeps a short fixed frame from scrolling.

/** The scene is never shrunk below this height (CSS px) to fit a short frame: a smaller scene is unreadable, so the frame scrolls instead. */
export const MIN_FITTED_SCENE_PX = 160;

/** The CSS property (on the embed's root) that caps the scene's height when a fixed frame is shorter than the content. */
export const SCENE_CAP_PROPERTY = '--scene-max-height';

/**
 * How tall the scene may be so `naturalPx` of content fits in `framePx`, given the scene's natural `scenePx`;
 * undefined when it fits already or when fitting would shrink the scene below `minScenePx` (then the frame scrolls).
 */
export function sceneCapPx(
	naturalPx: number,
	framePx: number,
	scenePx: number,
	minScenePx = MIN_FITTED_SCENE_PX
): number | undefined {
	const overPx = naturalPx - framePx;
	if (!(overPx > 0) || !(scenePx > 0)) return undefined;
	const capPx = Math.floor(scenePx - overPx);
	return capPx >= minScenePx ? capPx : undefined;
}

export interface HeightElements {
	/** The element whose height is the page's natural height (height: auto, no stretch). */
	content: HTMLElement;
	/** The element holding the scene drawing (its height shrinks under the cap). */
	scene: HTMLElement | null;
	/** The element carrying the cap property (the embed's root). */
	root: HTMLElement;
}

/** The attribute (on the embed's root) that, in a short fixed frame, lets the side column scroll within the scene's row. */
export const FITTED_ATTRIBUTE = 'data-fitted';

/**
 * Measures the natural height (fitting removed for one synchronous layout, so it never feeds back into
 * what is measured); then, when the content is taller than the frame and `fit` allows, fits it: first the side
 * column scrolls within the scene's row, then the scene is capped. Returns the natural height in CSS px.
 */
export function measureAndFit(elements: HeightElements, framePx: number, fit: boolean): number {
	const { content, scene, root } = elements;
	root.style.removeProperty(SCENE_CAP_PROPERTY);
	root.removeAttribute(FITTED_ATTRIBUTE);
	const style = getComputedStyle(root);
	const paddingPx = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
	const heightOf = () => Math.ceil(content.getBoundingClientRect().height + paddingPx);
	const naturalPx = heightOf();
	if (!fit || naturalPx <= framePx) return naturalPx;
	root.setAttribute(FITTED_ATTRIBUTE, '');
	const capPx = scene
		? sceneCapPx(heightOf(), framePx, scene.getBoundingClientRect().height)
		: undefined;
	if (capPx !== undefined) root.style.setProperty(SCENE_CAP_PROPERTY, `${capPx}px`);
	return naturalPx;
}
