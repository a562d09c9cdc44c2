/** GET /v1/models and /v1/models/{id}: the credential test and the node's model picker. */
import type { FakeResponse, FakeServer } from '../common';
import { errorResponse } from './errors';

/**
 * The defaults of n8n's OpenAI Chat Model node: gpt-4o-mini (v1.0–1.1), gpt-4.1-mini (v1.2+ in
 * n8n 1.x), gpt-5-mini (v1.2+ in n8n 2.x); and a few neighbours.
 */
export const DEFAULT_MODELS = ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-5-mini', 'gpt-4o', 'gpt-4.1'];

/** A fixed date, so lists compare equal across runs. */
const CREATED = 1_715_367_049;

function model(id: string) {
	return { id, object: 'model', created: CREATED, owned_by: 'system' };
}

export function registerModelRoutes(server: FakeServer, models: readonly string[]): void {
	server.route('GET', '/v1/models', () => ({
		status: 200,
		body: { object: 'list', data: models.map(model) },
	}));
	server.route('GET', '/v1/models/:id', (req): FakeResponse => {
		const id = req.params.id;
		if (models.includes(id)) return { status: 200, body: model(id) };
		return errorResponse(404, {
			message: `The model '${id}' does not exist`,
			param: 'model',
			code: 'model_not_found',
		});
	});
}
