import type { IExecuteFunctions } from 'n8n-workflow';
import type { QueryOperation } from '../transport/bulkQuery';
import { bulkQueryableFields, type DescribeCache } from './describeCache';
import {
	conditionClause,
	dateTimeLiteral,
	fieldPath,
	selectQuery,
	SoqlInputError,
	type Operator,
} from './soql';
import { readFrom, watermarkKey, type WatermarkState } from './watermark';

export interface Extraction {
	object: string;
	soql: string;
	operation: QueryOperation;
	/** Set when only changes since the watermark are read. */
	incremental?: { key: string; field: string; overlapSeconds: number; skipDelivered: boolean };
}

interface WatermarkOptions {
	field?: string;
	overlapSeconds?: number;
	since?: string;
	startOver?: boolean;
}

function commaSeparated(text: string): string[] {
	return text
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
}

/** The object a hand-written SOQL query reads, for typing its columns. */
function objectOfSoql(soql: string): string {
	const match = /\bFROM\s+([A-Za-z][A-Za-z0-9_]*)/i.exec(soql);
	if (!match) throw new SoqlInputError('The SOQL query has no FROM clause');
	return match[1];
}

/** The query an Extract operation sends for one input item, built from its parameters. */
export async function extractionFor(
	context: IExecuteFunctions,
	itemIndex: number,
	describes: DescribeCache,
	watermarks: WatermarkState,
): Promise<Extraction> {
	const operation: QueryOperation = context.getNodeParameter('includeDeleted', itemIndex, false)
		? 'queryAll'
		: 'query';
	const fieldsMode = context.getNodeParameter('fieldsMode', itemIndex) as 'all' | 'list' | 'soql';
	if (fieldsMode === 'soql') {
		const soql = (context.getNodeParameter('soql', itemIndex) as string).trim();
		if (!soql) throw new SoqlInputError('Write a SOQL query, or choose the fields to read');
		return { object: objectOfSoql(soql), soql, operation };
	}

	const object = context.getNodeParameter('object', itemIndex, '', {
		extractValue: true,
	}) as string;
	const described = await describes.get(object);
	const chosen =
		fieldsMode === 'all'
			? bulkQueryableFields(described)
			: ['Id', ...(context.getNodeParameter('fieldList', itemIndex, []) as string[])];
	const parents = commaSeparated(context.getNodeParameter('parentFields', itemIndex, '') as string);
	const fields = [...new Set([...chosen, ...parents].map(fieldPath))];
	for (const field of fields) {
		const found = await describes.field(described.name, field);
		if (!found.bulkQueryable) {
			throw new SoqlInputError(
				`"${field}" is a compound ${found.type} field, which the Bulk API cannot read: select its parts instead`,
			);
		}
	}

	const where = await filterClauses(context, itemIndex, describes, described.name);
	let incremental: Extraction['incremental'];
	if (context.getNodeParameter('readMode', itemIndex, 'all') === 'changed') {
		const options = context.getNodeParameter('watermark', itemIndex, {}) as WatermarkOptions;
		const field = fieldPath((options.field || 'SystemModstamp').trim());
		const watermarkDescribe = await describes.field(described.name, field);
		if (watermarkDescribe.type !== 'datetime') {
			throw new SoqlInputError(
				`The watermark field "${field}" is a ${watermarkDescribe.type} field; choose a date-time field`,
			);
		}
		if (!fields.some((f) => f.toLowerCase() === field.toLowerCase())) fields.push(field);
		if (!fields.some((f) => f.toLowerCase() === 'id')) fields.unshift('Id');
		const key = watermarkKey(described.name, field);
		const overlapSeconds = options.overlapSeconds ?? 300;
		const committed = options.startOver ? undefined : watermarks.committed[key];
		const since = options.since?.trim() ? dateTimeLiteral(options.since) : undefined;
		const from = readFrom(committed, overlapSeconds, since);
		if (from) where.push(`${field} >= ${dateTimeLiteral(from)}`);
		incremental = { key, field, overlapSeconds, skipDelivered: !since && !!committed };
	}
	return {
		object: described.name,
		soql: selectQuery({ object: described.name, fields, where }),
		operation,
		incremental,
	};
}

/** The WHERE clauses of the Filters parameter, each value checked against its field's type. */
export async function filterClauses(
	context: IExecuteFunctions,
	itemIndex: number,
	describes: DescribeCache,
	object: string,
): Promise<string[]> {
	const conditions = context.getNodeParameter('filters.conditions', itemIndex, []) as Array<{
		field: string;
		operator: Operator;
		value: string;
	}>;
	const where: string[] = [];
	for (const condition of conditions ?? []) {
		const field = condition.field.trim();
		const described = await describes.field(object, fieldPath(field));
		where.push(conditionClause({ ...condition, field, type: described.type }));
	}
	return where;
}
