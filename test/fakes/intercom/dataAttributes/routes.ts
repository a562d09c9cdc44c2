/** `GET /data_attributes?model=&include_archived=`, `POST /data_attributes`, `PUT /data_attributes/{id}`. */
import type { IntercomContext } from '../context';
import { IntercomError } from '../errors';
import { addRoute, jsonObject, ok, queryBoolean, queryString } from '../http';
import { renderDataAttribute, type DataModel } from './registry';

export function registerDataAttributeRoutes(ctx: IntercomContext): void {
	const { server, dataAttributes } = ctx;
	addRoute(server, 'GET', '/data_attributes', (req) => {
		const model = queryString(req, 'model');
		const data =
			model === 'conversation'
				? []
				: dataAttributes.list(
						model === 'contact' || model === 'company' ? (model as DataModel) : undefined,
						queryBoolean(req, 'include_archived'),
					);
		return ok({ type: 'list', data: data.map(renderDataAttribute) });
	});
	addRoute(server, 'POST', '/data_attributes', (req) =>
		ok(renderDataAttribute(dataAttributes.create(jsonObject(req)))),
	);
	addRoute(server, 'PUT', '/data_attributes/:id', (req) => {
		const id = Number(req.params.id);
		if (!Number.isInteger(id)) {
			throw new IntercomError(
				404,
				'field_not_found',
				"We couldn't find that data attribute to update",
			);
		}
		return ok(renderDataAttribute(dataAttributes.update(id, jsonObject(req))));
	});
}
