import type { SalesforceField, TargetField, Transform, ValueKind } from './types';

/** What a Salesforce field type holds, in the terms target fields are described in. */
export function sourceKind(
	field: SalesforceField,
): ValueKind | 'reference' | 'compound' | 'binary' {
	switch (field.type) {
		case 'int':
		case 'double':
		case 'currency':
		case 'percent':
		case 'long':
			return 'number';
		case 'boolean':
			return 'boolean';
		case 'date':
			return 'date';
		case 'datetime':
			return 'datetime';
		case 'picklist':
		case 'multipicklist':
		case 'combobox':
			return 'choice';
		case 'phone':
			return 'phone';
		case 'reference':
			return 'reference';
		case 'address':
		case 'location':
			return 'compound';
		case 'base64':
			return 'binary';
		default:
			// id, string, textarea, email, url, encryptedstring, time
			return 'text';
	}
}

/**
 * How a source value becomes the target's, or undefined when it cannot: a mapping is never
 * suggested between types whose values do not convert (a name into a number, a date into a
 * checkbox, a number into a dropdown without numeric ranges …).
 */
export function transformFor(field: SalesforceField, target: TargetField): Transform | undefined {
	const kind = sourceKind(field);
	if (kind === 'compound' || kind === 'binary' || kind === 'reference') return undefined;
	switch (target.kind) {
		case 'text':
			// Anything reads as text; a multi-select keeps its "a;b" form.
			return kind === 'text' || kind === 'phone' ? 'copy' : 'text';
		case 'phone':
			return kind === 'phone' || kind === 'text' ? 'copy' : undefined;
		case 'number':
			return kind === 'number' ? 'number' : undefined;
		case 'boolean':
			return kind === 'boolean' ? 'boolean' : undefined;
		case 'date':
			return kind === 'date' || kind === 'datetime' ? 'date' : undefined;
		case 'datetime':
			return kind === 'date' || kind === 'datetime' ? 'datetime' : undefined;
		case 'choice':
			if (kind === 'choice') {
				if (field.type !== 'multipicklist') return 'picklist';
				// Several values do not fit a single-select without losing some.
				return target.multiple ? 'multipicklist' : undefined;
			}
			if (
				kind === 'number' &&
				target.options.some((option) => /^\d+\s*(-\s*\d+|\+)$/.test(option.value))
			)
				return 'range';
			if (kind === 'boolean' && target.options.some((o) => o.value === 'true')) return 'boolean';
			return undefined;
		default:
			return undefined;
	}
}
