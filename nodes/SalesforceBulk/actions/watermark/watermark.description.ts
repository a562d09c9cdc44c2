import type { INodeProperties } from 'n8n-workflow';
import { objectLocator } from '../common.descriptions';

export const watermarkProperties: INodeProperties[] = [
	objectLocator,
	{
		displayName: 'Watermark Field',
		name: 'watermarkField',
		type: 'string',
		default: 'SystemModstamp',
		description: 'The same watermark field as in the Extract node',
	},
];
