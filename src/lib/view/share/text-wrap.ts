// Breaks caption text into lines of at most a given number of characters (SVG text does not wrap by itself).

/** Splits `text` at spaces into lines of at most `maxChars`; a longer word (a URL) is cut into pieces. */
export function wrapText(text: string, maxChars: number): string[] {
	const limit = Math.max(1, Math.floor(maxChars));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const pieces: string[] = [];
		for (let start = 0; start < word.length; start += limit)
			pieces.push(word.slice(start, start + limit));
		for (const piece of pieces) {
			if (line === '') line = piece;
			else if (line.length + 1 + piece.length <= limit) line = `${line} ${piece}`;
			else {
				lines.push(line);
				line = piece;
			}
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}
