// Finds the scripts an HTML page starts and the modules a JavaScript chunk imports statically (regular expressions over built output).

const attributePattern = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const linkTagPattern = /<link\b([^>]*)>/gi;
const scriptTagPattern = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const dynamicImportPattern = /(?<![\w$.])import\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)/g;
/** `import x from "s"`, `import{a as b}from"s"`, `import"s"`, `export{a}from"s"`, `export*from"s"`; not `import(` or `import.meta`. */
const staticImportPattern =
	/(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?(?<![\w$])from\s*)?(["'])([^"'\n]+)\1/g;

/** @returns {Record<string, string>} the attributes of one tag (names lower-cased, a few entities decoded). */
function parseAttributes(/** @type {string} */ text) {
	/** @type {Record<string, string>} */
	const attributes = {};
	for (const match of text.matchAll(attributePattern)) {
		const value = match[2] ?? match[3] ?? match[4] ?? '';
		attributes[match[1].toLowerCase()] = value.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
	}
	return attributes;
}

/** The scripts an HTML page starts on load: module-preloaded and external scripts, and the inline scripts' code. */
export function entryScriptsOfHtml(/** @type {string} */ html) {
	/** @type {string[]} */
	const urls = [];
	/** @type {string[]} */
	const inlineCode = [];
	for (const [, attributeText] of html.matchAll(linkTagPattern)) {
		const attributes = parseAttributes(attributeText);
		const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
		if (rel.includes('modulepreload') && attributes.href) urls.push(attributes.href);
	}
	for (const [, attributeText, body] of html.matchAll(scriptTagPattern)) {
		const attributes = parseAttributes(attributeText);
		const type = (attributes.type ?? '').toLowerCase();
		if (type && type !== 'module' && !type.includes('javascript')) continue;
		if (attributes.src) urls.push(attributes.src);
		else if (body.trim()) {
			inlineCode.push(body);
			for (const match of body.matchAll(dynamicImportPattern)) urls.push(match[2]);
			if (type === 'module') urls.push(...staticImportsOf(body));
		}
	}
	return { urls, inlineCode };
}

/** The specifiers a JavaScript module imports statically (dynamic `import()` excluded). */
export function staticImportsOf(/** @type {string} */ code) {
	return [...code.matchAll(staticImportPattern)].map((match) => match[2]);
}
