/**
 * Teammates: `GET /me` (the token's admin with its app, what credential tests call),
 * `GET /admins` (`admin.list`) and `GET /admins/{id}` (404 `admin_not_found`). Admin ids are
 * numeric strings; they are what `owner_id`, a note's `admin_id` and ticket assignment refer to.
 */
import type { IntercomContext } from './context';
import { adminNotFound } from './errors';
import { addRoute, ok, queryBoolean } from './http';

export interface AdminInput {
	id?: string;
	name: string;
	email: string;
	jobTitle?: string;
	awayModeEnabled?: boolean;
	hasInboxSeat?: boolean;
	teamIds?: number[];
}

export interface Admin {
	readonly id: string;
	readonly name: string;
	readonly email: string;
	readonly jobTitle: string | null;
	readonly awayModeEnabled: boolean;
	readonly awayModeReassign: boolean;
	readonly hasInboxSeat: boolean;
	readonly teamIds: readonly number[];
}

export const DEFAULT_ADMINS: AdminInput[] = [
	{ id: '991267390', name: 'Ada Admin', email: 'ada.admin@fake-intercom.example' },
	{ id: '991267391', name: 'Grace Teammate', email: 'grace.teammate@fake-intercom.example' },
];

const AVATAR_URL = 'https://static.intercomassets.com/assets/default-avatars/admins/128.png';

export class AdminStore {
	private readonly admins = new Map<string, Admin>();

	constructor(inputs: AdminInput[]) {
		if (inputs.length === 0) throw new Error('Intercom fake: at least one admin is needed');
		let nextId = 991_267_390;
		for (const input of inputs) {
			const id = input.id ?? String(nextId);
			nextId = Math.max(nextId, Number(id) || 0) + 1;
			this.admins.set(id, {
				id,
				name: input.name,
				email: input.email,
				jobTitle: input.jobTitle ?? null,
				awayModeEnabled: input.awayModeEnabled ?? false,
				awayModeReassign: false,
				hasInboxSeat: input.hasInboxSeat ?? true,
				teamIds: input.teamIds ?? [],
			});
		}
	}

	all(): Admin[] {
		return [...this.admins.values()];
	}

	get(id: string | number): Admin | undefined {
		return this.admins.get(String(id));
	}

	/** The admin the access tokens belong to: the first one. */
	me(): Admin {
		return this.all()[0];
	}
}

export function renderAdmin(admin: Admin, options: { avatar?: boolean } = {}) {
	return {
		type: 'admin',
		email: admin.email,
		id: admin.id,
		name: admin.name,
		job_title: admin.jobTitle,
		away_mode_enabled: admin.awayModeEnabled,
		away_mode_reassign: admin.awayModeReassign,
		has_inbox_seat: admin.hasInboxSeat,
		team_ids: [...admin.teamIds],
		...(options.avatar && { avatar: { type: 'avatar', image_url: AVATAR_URL } }),
	};
}

export function registerAdminRoutes(ctx: IntercomContext): void {
	const { server, settings } = ctx;
	addRoute(server, 'GET', '/me', () => {
		const admin = ctx.admins.me();
		return ok({
			type: 'admin',
			id: admin.id,
			email: admin.email,
			name: admin.name,
			email_verified: true,
			app: {
				type: 'app',
				id_code: settings.workspaceId,
				name: settings.appName,
				created_at: settings.appCreatedAt,
				secure: false,
				identity_verification: false,
				timezone: 'Etc/UTC',
				region: settings.region,
			},
			avatar: { type: 'avatar', image_url: AVATAR_URL },
			has_inbox_seat: admin.hasInboxSeat,
		});
	});
	addRoute(server, 'GET', '/admins', (req) =>
		ok({
			type: 'admin.list',
			admins: ctx.admins
				.all()
				.map((a) => renderAdmin(a, { avatar: queryBoolean(req, 'display_avatar') })),
		}),
	);
	addRoute(server, 'GET', '/admins/:id', (req) => {
		const admin = ctx.admins.get(req.params.id);
		if (!admin) throw adminNotFound();
		return ok(renderAdmin(admin, { avatar: true }));
	});
}
