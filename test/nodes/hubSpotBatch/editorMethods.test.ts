import type { ILoadOptionsFunctions } from 'n8n-workflow';
import { getObjectTypes } from '../../../nodes/HubSpotBatch/methods/loadOptions';
import { getProperties } from '../../../nodes/HubSpotBatch/methods/resourceMapping';
import { startFakeHubSpot, type FakeHubSpot } from '../../fakes/hubspot';

/** The slice of n8n's load-options context the editor look-ups use. */
function editorContext(
	hs: FakeHubSpot,
	parameters: Record<string, unknown>,
): ILoadOptionsFunctions {
	return {
		getNodeParameter: (name: string) => ({ authentication: 'appToken', ...parameters })[name],
		getCredentials: async () => ({ accessToken: hs.token, baseUrl: hs.url }),
		getNode: () => ({
			id: 'n',
			name: 'HubSpot Batch',
			credentials: { hubSpotMigrationAppTokenApi: { id: 'c', name: 'c' } },
		}),
		helpers: {},
	} as unknown as ILoadOptionsFunctions;
}

describe('HubSpot Batch: editor look-ups', () => {
	let hs: FakeHubSpot;
	beforeAll(async () => {
		hs = await startFakeHubSpot({ log: { storeBodies: false } });
		hs.addProperty('contacts', {
			name: 'salesforce_id',
			label: 'Salesforce ID',
			type: 'string',
			fieldType: 'text',
			groupName: 'contactinformation',
			hasUniqueValue: true,
		} as never);
		hs.addCustomObject({
			name: 'vehicles',
			labels: { singular: 'Vehicle', plural: 'Vehicles' },
			primaryDisplayProperty: 'vin',
			requiredProperties: ['vin'],
			properties: [{ name: 'vin', label: 'VIN', type: 'string', fieldType: 'text' }],
			associatedObjects: ['CONTACT'],
		} as never);
	});
	afterAll(async () => await hs.stop());

	it('offers the standard objects and the custom ones by their object type id', async () => {
		const options = await getObjectTypes.call(editorContext(hs, {}));
		expect(options.slice(0, 3).map((o) => o.value)).toEqual(['contacts', 'companies', 'deals']);
		expect(options).toContainEqual(
			expect.objectContaining({
				name: 'Vehicles (custom)',
				value: expect.stringMatching(/^2-\d+$/),
			}),
		);
	});

	it('maps HubSpot properties to editor fields: Salesforce ID first and matched by default, email matchable, options, read-only left out', async () => {
		const { fields } = await getProperties.call(editorContext(hs, { objectType: 'contacts' }));
		expect(fields[0]).toMatchObject({
			id: 'salesforce_id',
			defaultMatch: true,
			canBeUsedToMatch: true,
		});
		expect(fields.find((f) => f.id === 'email')).toMatchObject({
			canBeUsedToMatch: true,
			type: 'string',
		});
		expect(fields.find((f) => f.id === 'firstname')).toMatchObject({ canBeUsedToMatch: false });
		const lifecycle = fields.find((f) => f.id === 'lifecyclestage');
		expect(lifecycle?.type).toBe('options');
		expect(lifecycle?.options).toContainEqual({ name: 'Customer', value: 'customer' });
		expect(fields.find((f) => f.id === 'hs_object_id')).toBeUndefined();
	});
});
