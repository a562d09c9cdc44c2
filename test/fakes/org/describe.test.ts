import { DESCRIBED, DESCRIBE_DIR, fieldTypes, loadDescribe } from './describeFixtures';
import { createOrg } from './index';
import { KEY_PREFIXES } from './ids';
import { OBJECT_NAMES } from './types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000\+0000$/;
const ID = /^[0-9A-Za-z]{18}$/;

/** Standard picklist values of the two objects without a describe fixture (a default org's values). */
const STANDARD_PICKLISTS: Record<string, readonly string[]> = {
	'Task.Status': ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'],
	'Task.Priority': ['High', 'Normal', 'Low'],
	'Task.TaskSubtype': ['Task', 'Email', 'ListEmail', 'Cadence', 'Call', 'LinkedIn'],
	'Task.CallType': ['Internal', 'Inbound', 'Outbound'],
	'User.UserType': ['Standard', 'PowerPartner', 'CsnOnly', 'Guest'],
	'User.EmailEncodingKey': ['UTF-8', 'ISO-8859-1', 'Shift_JIS', 'ISO-2022-JP', 'EUC-JP'],
};

describe('generated records match the real describes', () => {
	const org = createOrg({ seed: 21, totalRecords: 2000 });

	it('reads the fixtures beside the repo', () => {
		expect(DESCRIBE_DIR.endsWith('shared/fixtures/salesforce/describe')).toBe(true);
		for (const object of DESCRIBED) expect(loadDescribe(object).keyPrefix).toBe(KEY_PREFIXES[object]);
	});

	it.each(OBJECT_NAMES)('every %s field name exists in its describe (or the standard field list)', (object) => {
		const known = fieldTypes(object);
		const unknown = org.fields(object).filter((f) => !known.has(f));
		expect(unknown).toEqual([]);
	});

	it.each(DESCRIBED)('every non-nillable %s field is generated and never null', (object) => {
		const required = loadDescribe(object).fields.filter((f) => !f.nillable && f.type !== 'address' && f.type !== 'location').map((f) => f.name);
		expect(required.filter((f) => !org.fields(object).includes(f))).toEqual([]);
		const nulls: string[] = [];
		for (const r of org.records(object)) for (const f of required) if (r[f] === null) nulls.push(`${String(r.Id)}.${f}`);
		expect(nulls).toEqual([]);
	});

	it.each(OBJECT_NAMES)('%s values have the JSON type and format of their field type; picklists hold describe values', (object) => {
		const types = fieldTypes(object);
		const problems: string[] = [];
		const seenPicklist = new Map<string, Set<string>>();
		for (const r of org.records(object)) {
			for (const [field, value] of Object.entries(r)) {
				if (value === null) continue;
				const t = types.get(field)!;
				const bad = (why: string) => problems.push(`${object}.${field}=${JSON.stringify(value).slice(0, 60)}: ${why}`);
				switch (t.type) {
					case 'boolean':
						if (typeof value !== 'boolean') bad('not boolean');
						break;
					case 'int':
						if (!Number.isInteger(value)) bad('not an integer');
						break;
					case 'double':
					case 'currency':
					case 'percent':
						if (typeof value !== 'number') bad('not a number');
						break;
					case 'date':
						if (typeof value !== 'string' || !DATE.test(value)) bad('not YYYY-MM-DD');
						break;
					case 'datetime':
						if (typeof value !== 'string' || !DATETIME.test(value)) bad('not a Salesforce datetime');
						break;
					case 'id':
					case 'reference':
						if (typeof value !== 'string' || !ID.test(value)) bad('not an 18-character id');
						break;
					case 'picklist':
					case 'multipicklist': {
						if (typeof value !== 'string') {
							bad('not a string');
							break;
						}
						const allowed = t.picklist ?? STANDARD_PICKLISTS[`${object}.${field}`] ?? null;
						const values = t.type === 'multipicklist' ? value.split(';') : [value];
						if (allowed && values.some((v) => !allowed.includes(v))) bad('not in the picklist');
						if (!seenPicklist.has(field)) seenPicklist.set(field, new Set());
						seenPicklist.get(field)!.add(value);
						break;
					}
					default:
						if (typeof value !== 'string') bad('not a string');
				}
			}
		}
		expect(problems.slice(0, 20)).toEqual([]);
		// Picklists are used in earnest: most take several values in an org of this size.
		if (object === 'Opportunity') expect(seenPicklist.get('StageName')!.size).toBe(10);
		if (object === 'Lead') expect([...seenPicklist.get('Status')!].sort()).toEqual(['Closed - Converted', 'Closed - Not Converted', 'Open - Not Contacted', 'Working - Contacted']);
		if (object === 'Account') expect(seenPicklist.get('Industry')!.size).toBeGreaterThan(20);
	});

	it('uses the Event Subject combobox values most of the time', () => {
		const subjects = loadDescribe('Event').fields.find((f) => f.name === 'Subject')!.picklistValues.map((p) => p.value);
		const records = [...org.records('Event')];
		const fromList = records.filter((r) => subjects.includes(r.Subject as string)).length;
		expect(fromList / records.length).toBeGreaterThan(0.4);
	});
});
