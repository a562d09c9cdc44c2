/** Plain text written into HTML properties (such as a HubSpot note's body). */

// The text goes between tags, never into an attribute: these three are all that HTML would read as markup.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** The text as HTML that shows exactly it: markup characters escaped, every line break kept. */
export function textToHtml(text: string): string {
	return text.replace(/[&<>]/g, (character) => ESCAPES[character]).replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * One paragraph per part: the heading in bold first (a note's title), then the text. Parts that
 * are empty are left out; nothing at all gives null.
 */
export function htmlWithHeading(heading: string | null, text: string | null): string | null {
	const parts: string[] = [];
	if (heading) parts.push(`<p><strong>${textToHtml(heading)}</strong></p>`);
	if (text) parts.push(`<p>${textToHtml(text)}</p>`);
	return parts.length > 0 ? parts.join('') : null;
}
