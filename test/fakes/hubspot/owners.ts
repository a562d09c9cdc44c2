/**
 * Owners (crm-apis.md 2.7): `GET /crm/v3/owners?email&after&limit&archived` and
 * `GET /crm/v3/owners/{ownerId}?idProperty=id|userId`. `hubspot_owner_id` takes the owner `id`,
 * not `userId`. Seeded with three people; `setOwners` replaces them.
 */
import type { FakeServer } from '../common';
import { HubSpotError } from './errors';
import { addRoute, json, queryBoolean, queryLimit, queryString } from './http';

export interface OwnerTeam {
	id: string;
	name: string;
	primary: boolean;
}

export interface OwnerInput {
	/** Default: `${70000000 + n}` in order. */
	id?: string;
	email: string;
	firstName?: string;
	lastName?: string;
	/** Default: `${9000000 + n}`. */
	userId?: number;
	type?: 'PERSON' | 'QUEUE';
	teams?: OwnerTeam[];
	archived?: boolean;
}

export interface Owner {
	id: string;
	email: string;
	type: 'PERSON' | 'QUEUE';
	firstName: string;
	lastName: string;
	userId: number;
	userIdIncludingInactive: number;
	createdAt: string;
	updatedAt: string;
	archived: boolean;
	teams: OwnerTeam[];
}

export const DEFAULT_OWNERS: OwnerInput[] = [
	{ email: 'ada.admin@fakeportal.example', firstName: 'Ada', lastName: 'Admin' },
	{ email: 'sam.sales@fakeportal.example', firstName: 'Sam', lastName: 'Sales' },
	{ email: 'sue.support@fakeportal.example', firstName: 'Sue', lastName: 'Support' },
];

export class OwnerStore {
	private owners: Owner[] = [];

	constructor(private readonly now: () => number) {
		this.set(DEFAULT_OWNERS);
	}

	set(inputs: OwnerInput[]): Owner[] {
		const at = new Date(this.now()).toISOString();
		this.owners = inputs.map((input, index) => {
			const userId = input.userId ?? 9_000_001 + index;
			return {
				id: input.id ?? String(70_000_001 + index),
				email: input.email,
				type: input.type ?? 'PERSON',
				firstName: input.firstName ?? '',
				lastName: input.lastName ?? '',
				userId,
				userIdIncludingInactive: userId,
				createdAt: at,
				updatedAt: at,
				archived: input.archived ?? false,
				teams: input.teams ?? [],
			};
		});
		return this.owners;
	}

	list(archived = false): Owner[] {
		return this.owners.filter((o) => o.archived === archived);
	}

	/** A live owner by id: what `hubspot_owner_id` values are checked against. */
	has(id: string): boolean {
		return this.owners.some((o) => o.id === id && !o.archived);
	}

	register(server: FakeServer): void {
		const scopes = () => ['crm.objects.owners.read'];
		for (const path of ['/crm/v3/owners', '/crm/v3/owners/']) {
			addRoute(
				server,
				'GET',
				path,
				(req) => {
					const limit = queryLimit(req, 100, 500);
					const email = queryString(req, 'email')?.toLowerCase();
					const matching = this.list(queryBoolean(req, 'archived')).filter(
						(o) => email === undefined || o.email.toLowerCase() === email,
					);
					const start = Number(queryString(req, 'after') ?? 0) || 0;
					const results = matching.slice(start, start + limit);
					const next = start + limit < matching.length ? String(start + limit) : undefined;
					return json(200, {
						results,
						...(next && {
							paging: { next: { after: next, link: `${server.url}/crm/v3/owners/?after=${next}` } },
						}),
					});
				},
				{ scopes },
			);
		}
		addRoute(
			server,
			'GET',
			'/crm/v3/owners/:ownerId',
			(req) => {
				const byUserId = queryString(req, 'idProperty') === 'userId';
				const wanted = req.params.ownerId;
				const owner = this.list(queryBoolean(req, 'archived')).find((o) =>
					byUserId ? String(o.userId) === wanted : o.id === wanted,
				);
				if (!owner) throw new HubSpotError(404, 'OBJECT_NOT_FOUND', 'resource not found');
				return json(200, owner);
			},
			{ scopes },
		);
	}
}
