// Builds the HTML an author pastes to embed the simulation (an iframe) and the oEmbed document that describes it; every attribute value is escaped.

/** How the iframe is sized: the article's full width and 600 px tall (room for the scene, Play and a control on a phone; the scene fits itself to a laptop's width), or a fixed 800 × 600 box. */
export const EMBED_SIZES = ['wide', 'fixed'] as const;
export type EmbedSize = (typeof EMBED_SIZES)[number];

/** The pixel size each mode stands for (oEmbed's width and height; the fixed iframe's attributes). */
export const EMBED_PIXELS: Record<EmbedSize, { width: number; height: number }> = {
	wide: { width: 800, height: 600 },
	fixed: { width: 800, height: 600 }
};

const ATTRIBUTE_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'"': '&quot;',
	"'": '&#39;',
	'<': '&lt;',
	'>': '&gt;'
};

/** Escapes text for a double-quoted HTML attribute value (also safe in single quotes and in text). */
export function escapeAttribute(value: string): string {
	return value.replace(/[&"'<>]/g, (character) => ATTRIBUTE_ESCAPES[character]);
}

export interface SnippetOptions {
	/** The embed's absolute address. */
	src: string;
	/** The iframe's accessible name. */
	title: string;
	size: EmbedSize;
}

/** The `<iframe>` element as one line of HTML, built from escaped parts only. */
export function iframeSnippet({ src, title, size }: SnippetOptions): string {
	const { width, height } = EMBED_PIXELS[size];
	// width and height attributes too: WordPress keeps only those (it strips style) and then follows the embed's height messages.
	const sizing: Array<[string, string]> = [
		['width', String(width)],
		['height', String(height)],
		[
			'style',
			size === 'wide' ? `width:100%;height:${height}px;border:0` : 'max-width:100%;border:0'
		]
	];
	const attributes: Array<[string, string]> = [
		['src', src],
		['title', title],
		...sizing,
		['allow', 'fullscreen'],
		['loading', 'lazy']
	];
	const text = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
	return `<iframe ${text}></iframe>`;
}

export { normaliseSiteUrl } from './normalise-site-url';

export interface OembedDocument {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
}

/**
 * The oEmbed "rich" document for the default embed, every address absolute (consumers load the html on their own
 * site); undefined when the site address is unknown: a relative iframe would load the consumer's own /embed.
 */
export function oembedDocument(
	siteUrl: string,
	title: string,
	providerName: string
): OembedDocument | undefined {
	if (siteUrl === '') return undefined;
	const { width, height } = EMBED_PIXELS.wide;
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: providerName,
		provider_url: `${siteUrl}/`,
		html: iframeSnippet({ src: `${siteUrl}/embed`, title, size: 'wide' }),
		width,
		height
	};
}
