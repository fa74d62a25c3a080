// Snapshot export (loaded on demand): composes the scene and charts on the page into one captioned SVG; snapshot-files.ts turns it into files.
import type { SnapshotCaption } from './snapshot-caption';
import { cloneWithInlineStyles } from './svg-inline';
import { wrapText } from './text-wrap';

export { downloadBlob, pngBlob, svgBlob } from './snapshot-files';

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 1280;
const MARGIN = 32;
const SCENE_WIDTH = 760;
const COLUMN_GAP = 32;
const CAPTION_FONT = 16;
const CAPTION_LINE = 23;
/** Characters per caption line: the system font averages about 0.5 em per character; 0.56 leaves room for wide letters. */
const CAPTION_CHARS = Math.floor((WIDTH - 2 * MARGIN) / (CAPTION_FONT * 0.56));

export interface ComposedSnapshot {
	markup: string;
	width: number;
	height: number;
}

export interface SnapshotTexts {
	caption: SnapshotCaption;
	altText: string;
	legendRun: string;
	legendGhost: string;
}

/** The theme's colours now (projector or default), so the file looks like the screen. */
function themeColour(name: string, fallback: string): string {
	return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function element<K extends keyof SVGElementTagNameMap>(
	name: K,
	attributes: Record<string, string | number> = {},
	text?: string
) {
	const node = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Places a styled clone of an on-screen SVG at (x, y), scaled to `width`. */
function placed(
	source: SVGSVGElement,
	x: number,
	y: number,
	width: number
): { node: SVGSVGElement; height: number } {
	const node = cloneWithInlineStyles(source);
	const box = source.viewBox.baseVal;
	const height = box && box.width > 0 ? (width * box.height) / box.width : width * 0.6;
	for (const [key, value] of Object.entries({ x, y, width, height, overflow: 'visible' }))
		node.setAttribute(key, String(value));
	return { node, height };
}

/** On screen the arrows are faint because ions stream over them; the still picture has no ions, so draw them solid. */
function solidFluxArrows(scene: SVGSVGElement): void {
	for (const arrow of scene.querySelectorAll<SVGPathElement>('[data-flux] path[marker-end]'))
		arrow.style.opacity = '0.85';
}

function legend(
	x: number,
	y: number,
	texts: SnapshotTexts,
	ink: string,
	muted: string
): SVGGElement {
	const group = element('g', { 'font-size': 14, fill: ink });
	group.append(
		element('line', { x1: x, y1: y - 5, x2: x + 28, y2: y - 5, stroke: ink, 'stroke-width': 3 }),
		element('text', { x: x + 36, y }, texts.legendRun),
		element('line', {
			x1: x + 170,
			y1: y - 5,
			x2: x + 198,
			y2: y - 5,
			stroke: muted,
			'stroke-width': 2,
			'stroke-dasharray': '5 4'
		}),
		element('text', { x: x + 206, y }, texts.legendGhost)
	);
	return group;
}

/** Builds the captioned picture from the scene (`svg[data-snapshot="scene"]`) and charts (`svg[data-snapshot="chart"]`) on the page. */
export function composeSnapshot(texts: SnapshotTexts): ComposedSnapshot {
	const paper = themeColour('--color-paper', '#ffffff');
	const ink = themeColour('--color-ink', '#000000');
	const muted = themeColour('--color-ink-muted', '#444444');
	const root = element('svg', {
		width: WIDTH,
		'font-family': getComputedStyle(document.body).fontFamily
	});
	root.append(element('title', {}, texts.caption.title), element('desc', {}, texts.altText));
	const background = element('rect', { x: 0, y: 0, width: WIDTH, fill: paper });
	root.append(
		background,
		element(
			'text',
			{ x: MARGIN, y: 50, 'font-size': 26, 'font-weight': 700, fill: ink },
			texts.caption.title
		)
	);

	let bottom = 72;
	const scene = document.querySelector<SVGSVGElement>('svg[data-snapshot="scene"]');
	let chartX = MARGIN;
	let chartWidth = WIDTH - 2 * MARGIN;
	if (scene) {
		const { node, height } = placed(scene, MARGIN, 72, SCENE_WIDTH);
		solidFluxArrows(node);
		const frame = { x: MARGIN, y: 72, width: SCENE_WIDTH, height, rx: 12 };
		root.append(
			element('rect', {
				...frame,
				fill: themeColour('--color-scene', paper),
				stroke: themeColour('--color-line', muted)
			}),
			node
		);
		bottom = 72 + height;
		chartX = MARGIN + SCENE_WIDTH + COLUMN_GAP;
		chartWidth = WIDTH - chartX - MARGIN;
	}
	let chartY = 72;
	for (const chart of document.querySelectorAll<SVGSVGElement>('svg[data-snapshot="chart"]')) {
		const title =
			document.getElementById(chart.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ??
			'';
		root.append(
			element(
				'text',
				{ x: chartX, y: chartY + 16, 'font-size': 17, 'font-weight': 700, fill: ink },
				title
			)
		);
		const { node, height } = placed(chart, chartX + 8, chartY + 30, chartWidth - 16);
		root.append(node);
		chartY += 30 + height + 34;
	}
	if (chartY > 72) {
		root.append(legend(chartX, chartY - 4, texts, ink, muted));
		bottom = Math.max(bottom, chartY);
	}

	let y = bottom + 40;
	const caption = element('g', { 'font-size': CAPTION_FONT, fill: ink });
	for (const paragraph of texts.caption.paragraphs) {
		for (const line of wrapText(paragraph, CAPTION_CHARS)) {
			caption.append(element('text', { x: MARGIN, y }, line));
			y += CAPTION_LINE;
		}
		y += 6;
	}
	caption.append(element('text', { x: MARGIN, y, 'font-weight': 700 }, texts.caption.linkLabel));
	y += CAPTION_LINE;
	const link = element('a', { href: texts.caption.url });
	for (const line of wrapText(texts.caption.url, CAPTION_CHARS)) {
		link.append(
			element(
				'text',
				{ x: MARGIN, y, fill: themeColour('--color-link', ink), 'text-decoration': 'underline' },
				line
			)
		);
		y += CAPTION_LINE;
	}
	caption.append(link);
	root.append(caption);

	const height = Math.ceil(y + MARGIN - CAPTION_LINE / 2);
	background.setAttribute('height', String(height));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
	const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
	return { markup, width: WIDTH, height };
}
