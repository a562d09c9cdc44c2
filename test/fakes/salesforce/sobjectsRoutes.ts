/**
 * The REST resources around objects: `GET /services/data` (versions), `GET /services/data/vXX.X`
 * (resources), `/sobjects` (global describe), `/sobjects/{Object}` (basic info),
 * `/sobjects/{Object}/describe` (the fixture bytes verbatim, or the built describe),
 * `/sobjects/{Object}/{id}` (one record) and `/limits`.
 */
import type { FakeRequest, FakeResponse } from '../common';
import type { FakeSalesforceContext } from './context';
import { notFound, restError } from './errors';
import { limitsResponse, type LimitsSources } from './limits';
import { jsonRecord, sobjectUrl } from './soql/project';
import type { QueryPlan } from './soql/plan';
import type { FieldDescribe } from './types';
import { versioned, versionList } from './versions';

const JSON_TYPE = 'application/json;charset=UTF-8';

function one(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

export function registerSObjectRoutes(ctx: FakeSalesforceContext, limits: LimitsSources): void {
	const { server, versions, describes } = ctx;
	const route = (pattern: string, handler: Parameters<typeof versioned>[1]) =>
		server.route('GET', pattern, versioned(versions, handler));

	server.route('GET', '/services/data', () => ({ status: 200, body: versionList(versions) }), {
		skipAuth: true,
		skipRateLimit: true,
	});

	route('/services/data/:version', (_req, version) => {
		const base = `/services/data/v${version}`;
		const names = ['tooling', 'metadata', 'eclair', 'folders', 'prechatForms', 'contact-tracing', 'chatter', 'tabs', 'appMenu', 'quickActions', 'queryAll', 'commerce', 'wave', 'iot', 'analytics', 'search', 'identity', 'composite', 'parameterizedSearch', 'fingerprint', 'theme', 'nouns', 'domino', 'event', 'serviceTemplates', 'recent', 'connect', 'licensing', 'limits', 'process', 'dedupe', 'async-queries', 'query', 'jobs', 'match', 'emailConnect', 'compactLayouts', 'knowledgeManagement', 'sobjects', 'actions', 'support'];
		return {
			status: 200,
			body: Object.fromEntries(
				names.map((n) => [n, n === 'identity' ? `${server.url}/id/${ctx.orgId}/${ctx.defaultUser.userId}` : `${base}/${n}`]),
			),
		};
	});

	route('/services/data/:version/limits', () => limitsResponse(limits));

	route('/services/data/:version/sobjects', (_req, version) => ({
		status: 200,
		body: {
			encoding: 'UTF-8',
			maxBatchSize: 200,
			sobjects: describes.all().map((schema) => schema.globalEntry(version)),
		},
	}));

	route('/services/data/:version/sobjects/:object/describe', (req) => {
		const schema = describes.get(req.params.object);
		if (!schema) return notFound();
		const body = schema.body();
		return Buffer.isBuffer(body)
			? { status: 200, headers: { 'Content-Type': JSON_TYPE }, body }
			: { status: 200, body };
	});

	route('/services/data/:version/sobjects/:object', (req, version) => {
		const schema = describes.get(req.params.object);
		if (!schema) return notFound();
		const entry = schema.globalEntry(version);
		return { status: 200, body: { objectDescribe: entry, recentItems: [] } };
	});

	route('/services/data/:version/sobjects/:object/:id', (req, version) => recordById(ctx, req, version));

}

/** `GET /sobjects/{Object}/{id}[?fields=a,b]`: every field (compound addresses as objects), or the listed ones. */
function recordById(ctx: FakeSalesforceContext, req: FakeRequest, version: string): FakeResponse {
	const schema = ctx.describes.get(req.params.object);
	if (!schema) return notFound();
	const record = ctx.store.existingTable(schema.name)?.get(req.params.id);
	if (!record) return notFound();
	if (record.IsDeleted === true) return restError(404, 'ENTITY_IS_DELETED', 'entity is deleted', []);
	const wanted = one(req.query.fields);
	let fields: FieldDescribe[] = [...schema.fields];
	if (wanted) {
		fields = [];
		for (const name of wanted.split(',').map((f) => f.trim()).filter(Boolean)) {
			const field = schema.field(name);
			if (!field) {
				return restError(400, 'INVALID_FIELD', `No such column '${name}' on sobject of type ${schema.name}`);
			}
			fields.push(field);
		}
	}
	const plan: QueryPlan = {
		soql: '',
		object: schema,
		select: fields.map((field) => ({ kind: 'field', ref: { steps: [], field, path: field.name, pathKey: '' } })),
		countOnly: false,
		aggregate: false,
		orderBy: [],
		relationshipPaths: [],
		pathSteps: new Map(),
	};
	const body = jsonRecord(plan, { rows: [record], parents: new Map(), matched: 1 }, 0, ctx.store, version);
	(body.attributes as { url: string }).url = sobjectUrl(version, schema.name, record.Id);
	return { status: 200, body };
}
