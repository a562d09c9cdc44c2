import {
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import type { Connection } from 'jsforce';
import { DescribeCache } from '../../helpers/describeCache';
import { extractionFor } from '../../helpers/extractionQuery';
import { decodeCursor, encodeCursor, type PageCursor } from '../../helpers/pageCursor';
import {
	advancePending,
	alreadyDelivered,
	watermarkState,
	type WatermarkState,
} from '../../helpers/watermark';
import { parseResultSet, typedRecords } from '../../helpers/resultRecords';
import { createQueryJob, fetchResultSet, waitForQueryJob } from '../../transport/bulkQuery';
import { salesforceConnection } from '../../transport/connection';
import { extractionError } from '../../transport/errors';
import { apiUsageHint } from '../../transport/limits';
import { extractProperties } from './extract.description';

export const description = updateDisplayOptions(
	{ show: { resource: ['record'], operation: ['extract'] } },
	extractProperties,
);

/** Where an extraction stands within this run; the locator is null once the last set is read. */
type Position = Omit<PageCursor, 'locator'> & { locator: string | null };

interface Options {
	pageSize?: number;
	jobTimeout?: number;
}

/** Starts a query job for the item's parameters and waits for it, or resumes from a cursor. */
async function startOrResume(
	context: IExecuteFunctions,
	itemIndex: number,
	connection: Connection,
	describes: DescribeCache,
	watermarks: WatermarkState,
	options: Options,
): Promise<Position> {
	const cursorText = context.getNodeParameter('cursor', itemIndex, '') as string;
	if (cursorText) {
		const cursor = decodeCursor(cursorText);
		if (!cursor) {
			throw new NodeOperationError(context.getNode(), 'The cursor is not one this node produced', {
				itemIndex,
				description:
					'Pass the "cursor" field of the Page Info output unchanged, or leave Cursor empty to start over.',
			});
		}
		return cursor;
	}
	const extraction = await extractionFor(context, itemIndex, describes, watermarks);
	const job = await createQueryJob(connection, extraction.operation, extraction.soql);
	const done = await waitForQueryJob(connection, job.id, options.jobTimeout ?? 600);
	if (extraction.incremental) {
		const { key, overlapSeconds, skipDelivered } = extraction.incremental;
		// This run reads again everything since the committed watermark, so any earlier uncommitted
		// run of the same object is superseded: committing it now could skip records it failed on.
		for (const [jobId, pending] of Object.entries(watermarks.pending)) {
			if (pending.key === key) delete watermarks.pending[jobId];
		}
		watermarks.pending[job.id] = {
			key,
			at: null,
			seen: {},
			overlapSeconds,
			skipDelivered,
			complete: false,
			startedAt: new Date().toISOString(),
		};
	}
	return {
		jobId: job.id,
		locator: null,
		object: extraction.object,
		apiVersion: connection.version,
		page: 0,
		recordsSoFar: 0,
		totalRecords: done.numberRecordsProcessed ?? 0,
		watermarkField: extraction.incremental?.field,
	};
}

/**
 * For an incremental extraction: drops records already delivered with the same watermark value
 * and folds the rest into the job's pending watermark.
 */
function deliverable(
	records: IDataObject[],
	position: Position,
	watermarks: WatermarkState,
): IDataObject[] {
	const pending = watermarks.pending[position.jobId];
	const field = position.watermarkField;
	if (!pending || !field) return records;
	const committed = pending.skipDelivered ? watermarks.committed[pending.key] : undefined;
	const fresh = records.filter(
		(record) => !alreadyDelivered(committed, String(record.Id), String(record[field])),
	);
	advancePending(
		pending,
		fresh
			.filter((record) => record[field])
			.map((record) => ({ id: String(record.Id), at: String(record[field]) })),
	);
	return fresh;
}

/**
 * The Page Info output: one item per input item, whether or not more pages follow, so a loop
 * can test `hasMore` and pass `cursor` back in.
 */
function pageInfoOf(
	position: Position,
	recordsInPage: number,
	alreadyDelivered: number,
): IDataObject {
	return {
		hasMore: position.locator !== null,
		cursor: position.locator ? encodeCursor({ ...position, locator: position.locator }) : null,
		jobId: position.jobId,
		object: position.object,
		recordsInPage,
		// Incremental reads: records of the overlap window a previous run delivered, left out.
		alreadyDelivered,
		pagesDone: position.page,
		recordsSoFar: position.recordsSoFar,
		totalRecords: position.totalRecords,
	};
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const connection = await salesforceConnection(this);
	const describes = new DescribeCache(connection);
	const watermarks = watermarkState(this.getWorkflowStaticData('global'));
	const pageMode = this.getNodeParameter('returnMode', 0) === 'page';
	const records: INodeExecutionData[] = [];
	const pageInfo: INodeExecutionData[] = [];

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const pairedItem = { item: itemIndex };
		try {
			const options = this.getNodeParameter('options', itemIndex, {}) as Options;
			const position = await startOrResume(
				this,
				itemIndex,
				connection,
				describes,
				watermarks,
				options,
			);
			let recordsInPage = 0;
			let alreadyDelivered = 0;
			do {
				const set = await fetchResultSet(connection, position.jobId, {
					locator: position.locator,
					maxRecords: options.pageSize ?? 10000,
					apiVersion: position.apiVersion,
				});
				const rows = parseResultSet(set.csv);
				const types = await describes.typesOf(position.object, rows.columns);
				const fresh = deliverable(typedRecords(rows, types), position, watermarks);
				for (const json of fresh) records.push({ json, pairedItem });
				position.page += 1;
				position.recordsSoFar += rows.rows.length;
				recordsInPage = fresh.length;
				alreadyDelivered = rows.rows.length - fresh.length;
				position.locator = set.nextLocator;
			} while (position.locator && !pageMode);
			const pending = watermarks.pending[position.jobId];
			if (pending && !position.locator) pending.complete = true;

			if (pageMode)
				pageInfo.push({
					json: pageInfoOf(position, recordsInPage, alreadyDelivered),
					pairedItem,
				});
		} catch (error) {
			const failure = extractionError(this.getNode(), error, itemIndex);
			if (!this.continueOnFail()) throw failure;
			records.push({
				json: { error: failure.message, description: failure.description ?? null },
				pairedItem,
			});
		}
	}

	const hint = apiUsageHint(connection);
	if (hint) this.addExecutionHints({ message: hint, location: 'outputPane' });
	return pageMode ? [records, pageInfo] : [records];
}
