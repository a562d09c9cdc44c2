import {
	acceptModelAdvice,
	modelPrompt,
	parseModelAnswer,
	suggestMapping,
	unsureRows,
	type HubSpotProperty,
	type MappingInput,
} from '../../../nodes/shared/mapping';
import { loadDescribe, loadHubSpotProperties } from '../../bench/mapping/schemas';

let input: MappingInput;

beforeAll(async () => {
	const properties = (await loadHubSpotProperties(['contacts']))
		.contacts as unknown as HubSpotProperty[];
	const describe = loadDescribe('Contact');
	input = {
		source: { system: 'salesforce', object: 'Contact', describe: describe as never },
		target: { system: 'hubspot', object: 'contacts', properties },
	};
});

describe('language-model advice', () => {
	it('asks only about unsure fields, with the schema and never record values', () => {
		const document = suggestMapping(input);
		const unsure = unsureRows(document).map((row) => row.sourceField);
		expect(unsure).toContain('Description');
		expect(unsure).not.toContain('Email');
		const prompt = modelPrompt(input, document);
		const asked = JSON.parse(prompt.user) as {
			source: { fields: Array<{ name: string }> };
			target: { fields: Array<{ name: string }> };
		};
		expect(asked.source.fields.map((field) => field.name).sort()).toEqual([...unsure].sort());
		expect(asked.target.fields.map((field) => field.name)).toContain('message');
		expect(prompt.system).toMatch(/JSON only/);
	});

	it('accepts a valid suggestion for an unsure field, flagged for review', () => {
		const document = suggestMapping(input);
		const outcome = acceptModelAdvice(input, document, [
			{
				sourceField: 'Description',
				targetProperty: 'message',
				reason: 'free text about the person',
			},
		]);
		expect(outcome.accepted).toEqual(['Description']);
		expect(outcome.document.rows.find((row) => row.sourceField === 'Description')).toMatchObject({
			targetProperty: 'message',
			origin: 'model',
			review: true,
			transform: 'copy',
		});
		expect(outcome.document.createProperties.map((p) => p.sourceField)).not.toContain(
			'Description',
		);
	});

	it('refuses unknown, read-only, taken and type-incompatible targets, and fields the engine was sure of', () => {
		const document = suggestMapping(input);
		const outcome = acceptModelAdvice(input, document, [
			{ sourceField: 'Description', targetProperty: 'no_such_property' },
			{ sourceField: 'Department', targetProperty: 'hs_additional_emails' },
			{ sourceField: 'AssistantName', targetProperty: 'email' },
			{ sourceField: 'LeadSource', targetProperty: 'hs_email_optout' },
			{ sourceField: 'Email', targetProperty: 'message' },
		]);
		expect(outcome.accepted).toEqual([]);
		expect(outcome.refused.map((r) => r.why)).toEqual([
			'no such target property',
			'the target property is read-only',
			'the target property already holds another field',
			'a picklist value does not convert to boolean',
			'not a field the engine was unsure of',
		]);
		expect(outcome.document.rows).toEqual(document.rows);
	});

	it('reads JSON wrapped in prose or a code fence, and nothing from nonsense', () => {
		expect(
			parseModelAnswer(
				'Sure!\n```json\n{"mappings":[{"sourceField":"A","targetProperty":null}]}\n```',
			),
		).toEqual([{ sourceField: 'A', targetProperty: null }]);
		expect(parseModelAnswer('I think Description goes to message.')).toBeUndefined();
		expect(parseModelAnswer('{"mappings": "none"}')).toBeUndefined();
	});
});
