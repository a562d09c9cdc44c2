/**
 * A small XML reader for the SOAP envelopes Salesforce sends, safe by construction: it knows no
 * DTD, so a `<!DOCTYPE` or `<!ENTITY` is refused outright (no external entities, no entity
 * expansion), it decodes only the five predefined entities and numeric character references, and it
 * never recurses (a deep document cannot exhaust the stack). It reads elements, attributes, text
 * and CDATA; comments and processing instructions are skipped. Namespaces are resolved from the
 * `xmlns` declarations in scope.
 */

export interface XmlElement {
	/** The name as written, e.g. `soapenv:Body`. */
	name: string;
	/** The name without its prefix, e.g. `Body`. */
	localName: string;
	/** The namespace URI the prefix (or the default namespace) resolves to, '' when none. */
	namespace: string;
	/** Attributes by their name as written (`xsi:nil`). */
	attributes: Record<string, string>;
	children: XmlElement[];
	/** The element's own text (and CDATA), concatenated; whitespace kept. */
	text: string;
	/** Resolves a prefix in scope at this element ('' is the default namespace). */
	namespaces: Record<string, string>;
}

export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; reason: string };

const MAX_DEPTH = 64;

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

const PREDEFINED: Record<string, string> = {
	lt: '<',
	gt: '>',
	amp: '&',
	quot: '"',
	apos: "'",
};

/** Decodes the five predefined entities and numeric references; any other entity is an error. */
export function decodeEntities(
	text: string,
): { ok: true; value: string } | { ok: false; reason: string } {
	if (!text.includes('&')) return { ok: true, value: text };
	let out = '';
	let index = 0;
	while (index < text.length) {
		const amp = text.indexOf('&', index);
		if (amp < 0) {
			out += text.slice(index);
			break;
		}
		out += text.slice(index, amp);
		const semi = text.indexOf(';', amp);
		if (semi < 0 || semi - amp > 12)
			return { ok: false, reason: 'an unterminated entity reference' };
		const entity = text.slice(amp + 1, semi);
		if (entity in PREDEFINED) {
			out += PREDEFINED[entity];
		} else if (/^#[0-9]{1,7}$/.test(entity) || /^#x[0-9A-Fa-f]{1,6}$/.test(entity)) {
			const code =
				entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
			if (!isXmlChar(code))
				return { ok: false, reason: `an invalid character reference &${entity};` };
			out += String.fromCodePoint(code);
		} else {
			return { ok: false, reason: `an undeclared entity &${entity.slice(0, 20)};` };
		}
		index = semi + 1;
	}
	return { ok: true, value: out };
}

function isXmlChar(code: number): boolean {
	return (
		code === 0x9 ||
		code === 0xa ||
		code === 0xd ||
		(code >= 0x20 && code <= 0xd7ff) ||
		(code >= 0xe000 && code <= 0xfffd) ||
		(code >= 0x10000 && code <= 0x10ffff)
	);
}

function localNameOf(name: string): string {
	const colon = name.indexOf(':');
	return colon < 0 ? name : name.slice(colon + 1);
}

function prefixOf(name: string): string {
	const colon = name.indexOf(':');
	return colon < 0 ? '' : name.slice(0, colon);
}

const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** Reads one XML document into a tree; every failure is a value, never an exception. */
export function readXml(xml: string): XmlReadResult {
	const fail = (reason: string): XmlReadResult => ({ ok: false, reason });
	let text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
	text = text.replace(/\r\n?/g, '\n');
	// Refuse any document type declaration before reading anything: that is where external
	// entities and entity expansion ("billion laughs") live.
	if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
		return fail('a document type declaration (DOCTYPE or ENTITY), which is not allowed');
	}
	const stack: XmlElement[] = [];
	let root: XmlElement | undefined;
	let index = 0;
	const length = text.length;
	while (index < length) {
		const lt = text.indexOf('<', index);
		const chunkEnd = lt < 0 ? length : lt;
		if (chunkEnd > index) {
			const raw = text.slice(index, chunkEnd);
			const current = stack[stack.length - 1];
			if (!current) {
				if (raw.trim() !== '') return fail('text outside the root element');
			} else {
				const decoded = decodeEntities(raw);
				if (!decoded.ok) return fail(decoded.reason);
				current.text += decoded.value;
			}
		}
		if (lt < 0) break;
		index = lt;
		if (text.startsWith('<?', index)) {
			const end = text.indexOf('?>', index + 2);
			if (end < 0) return fail('an unterminated processing instruction');
			index = end + 2;
			continue;
		}
		if (text.startsWith('<!--', index)) {
			const end = text.indexOf('-->', index + 4);
			if (end < 0) return fail('an unterminated comment');
			index = end + 3;
			continue;
		}
		if (text.startsWith('<![CDATA[', index)) {
			const end = text.indexOf(']]>', index + 9);
			if (end < 0) return fail('an unterminated CDATA section');
			const current = stack[stack.length - 1];
			if (!current) return fail('CDATA outside the root element');
			current.text += text.slice(index + 9, end);
			index = end + 3;
			continue;
		}
		if (text.startsWith('<!', index)) return fail('a markup declaration, which is not allowed');
		if (text.startsWith('</', index)) {
			const end = text.indexOf('>', index + 2);
			if (end < 0) return fail('an unterminated end tag');
			const name = text.slice(index + 2, end).trim();
			const open = stack.pop();
			if (!open) return fail(`an end tag </${name.slice(0, 40)}> without a start tag`);
			if (open.name !== name) {
				return fail(`</${name.slice(0, 40)}> where </${open.name}> was expected`);
			}
			index = end + 1;
			continue;
		}
		// A start tag.
		const nameMatch = /[^\s/>]+/y;
		nameMatch.lastIndex = index + 1;
		const nameFound = nameMatch.exec(text);
		if (!nameFound || !NAME.test(nameFound[0])) return fail('a malformed start tag');
		const name = nameFound[0];
		let cursor = nameMatch.lastIndex;
		const attributes: Record<string, string> = {};
		for (;;) {
			ATTRIBUTE.lastIndex = cursor;
			const attribute = ATTRIBUTE.exec(text);
			if (!attribute) break;
			const [, attributeName, doubleQuoted, singleQuoted] = attribute;
			if (!NAME.test(attributeName) && !/^xmlns(:[A-Za-z_][\w.-]*)?$/.test(attributeName)) {
				return fail('a malformed attribute name');
			}
			if (attributeName in attributes) return fail(`a repeated attribute ${attributeName}`);
			const decoded = decodeEntities(doubleQuoted ?? singleQuoted ?? '');
			if (!decoded.ok) return fail(decoded.reason);
			attributes[attributeName] = decoded.value;
			cursor = ATTRIBUTE.lastIndex;
		}
		while (cursor < length && /\s/.test(text[cursor])) cursor++;
		let selfClosing = false;
		if (text[cursor] === '/') {
			selfClosing = true;
			cursor++;
		}
		if (text[cursor] !== '>') return fail(`a malformed start tag <${name.slice(0, 40)}>`);
		index = cursor + 1;

		const parent = stack[stack.length - 1];
		if (!parent && root) return fail('more than one root element');
		const namespaces: Record<string, string> = { ...(parent?.namespaces ?? {}) };
		for (const [attributeName, value] of Object.entries(attributes)) {
			if (attributeName === 'xmlns') namespaces[''] = value;
			else if (attributeName.startsWith('xmlns:')) namespaces[attributeName.slice(6)] = value;
		}
		const prefix = prefixOf(name);
		const namespace = namespaces[prefix];
		if (prefix !== '' && namespace === undefined) return fail(`an undeclared prefix ${prefix}:`);
		const element: XmlElement = {
			name,
			localName: localNameOf(name),
			namespace: namespace ?? '',
			attributes,
			children: [],
			text: '',
			namespaces,
		};
		if (parent) parent.children.push(element);
		else root = element;
		if (!selfClosing) {
			if (stack.length >= MAX_DEPTH) return fail('elements nested too deeply');
			stack.push(element);
		}
	}
	if (stack.length > 0) return fail(`the element <${stack[stack.length - 1].name}> is not closed`);
	if (!root) return fail('no root element');
	return { ok: true, root };
}

/** The namespace URI an attribute's prefix resolves to at `element`. */
export function attributeNamespace(element: XmlElement, attributeName: string): string {
	const prefix = prefixOf(attributeName);
	return prefix === '' ? '' : (element.namespaces[prefix] ?? '');
}

/** An attribute by namespace and local name (`xsi:nil` whatever its prefix). */
export function attributeValue(
	element: XmlElement,
	namespace: string,
	localName: string,
): string | undefined {
	for (const [name, value] of Object.entries(element.attributes)) {
		if (localNameOf(name) === localName && attributeNamespace(element, name) === namespace) {
			return value;
		}
	}
	return undefined;
}

export { localNameOf, prefixOf };
