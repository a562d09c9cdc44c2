import {
	NodeOperationError,
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';
import { perItem } from '../../helpers/perItem';
import { objectName } from '../../helpers/soql';
import { salesforceConnection } from '../../transport/connection';
import { extractionError } from '../../transport/errors';
import { objectLocator } from '../common.descriptions';

const DAY_MS = 24 * 60 * 60 * 1000;

const properties: INodeProperties[] = [
	objectLocator,
	{
		displayName: 'Deleted Since',
		name: 'since',
		type: 'dateTime',
		default: '',
		required: true,
		description:
			'Start of the period. Salesforce keeps deleted records for 15 days, and answers for the last 30 days at most.',
	},
	{
		displayName: 'Deleted Until',
		name: 'until',
		type: 'dateTime',
		default: '',
		description: 'End of the period; now when empty',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['record'], operation: ['getDeleted'] } },
	properties,
);

/** Records deleted (or merged away) in a period, one item each, for delete propagation. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const connection = await salesforceConnection(this);
	return await perItem(
		this,
		items,
		(error, itemIndex) => extractionError(this.getNode(), error, itemIndex),
		async (itemIndex) => {
			const object = objectName(
				this.getNodeParameter('object', itemIndex, '', { extractValue: true }) as string,
			);
			const since = new Date(this.getNodeParameter('since', itemIndex) as string);
			const untilText = this.getNodeParameter('until', itemIndex, '') as string;
			const until = untilText ? new Date(untilText) : new Date();
			if (Number.isNaN(since.getTime()) || Number.isNaN(until.getTime())) {
				throw new NodeOperationError(
					this.getNode(),
					'Deleted Since and Deleted Until must be dates',
					{ itemIndex },
				);
			}
			if (Date.now() - since.getTime() > 30 * DAY_MS) {
				throw new NodeOperationError(
					this.getNode(),
					`Salesforce reports deletions of the last 30 days only; "Deleted Since" is ${since.toISOString()}`,
					{
						itemIndex,
						description:
							'For older deletions, extract with "Include Deleted and Archived Records" and filter on IsDeleted = true.',
					},
				);
			}
			const result = await connection.sobject(object).deleted(since, until);
			// Salesforce covers whole minutes up to coveredUntil: the next period starts there.
			return result.deletedRecords.map((deleted) => ({
				object,
				Id: deleted.id,
				deletedDate: deleted.deletedDate,
				coveredUntil: result.latestDateCovered,
			}));
		},
	);
}
