import { ManualClock } from '../common';
import { startFakeIntercom, type FakeIntercom } from './index';
import { api, firstError } from './testSupport';

const START = Date.UTC(2025, 1, 1);

describe('fake Intercom notes', () => {
	let fake: FakeIntercom;
	let contactId: string;

	beforeEach(async () => {
		fake = await startFakeIntercom({ clock: new ManualClock(START) });
		contactId = String((await api(fake, 'POST', '/contacts', { email: 'n@example.com' })).body.id);
	});
	afterEach(() => fake.stop());

	const addNote = (body: unknown, id = contactId) =>
		api(fake, 'POST', `/contacts/${id}/notes`, body);

	it('answers with the documented note, wrapping plain text in <p> and escaping it', async () => {
		const res = await addNote({ body: 'Renewal < 30 days & counting', admin_id: '991267391' });
		expect(res.body).toEqual({
			type: 'note',
			id: '1',
			created_at: START / 1000,
			contact: { type: 'contact', id: contactId },
			author: {
				type: 'admin',
				id: '991267391',
				name: 'Grace Teammate',
				email: 'grace.teammate@fake-intercom.example',
				away_mode_enabled: false,
				away_mode_reassign: false,
			},
			body: '<p>Renewal &lt; 30 days &amp; counting</p>',
		});
		expect((await addNote({ body: '<p>Already <b>HTML</b></p>' })).body.body).toBe(
			'<p>Already <b>HTML</b></p>',
		);
		expect(fake.contacts.get(contactId)?.notes).toMatchObject({
			total_count: 2,
			data: [{ type: 'note', id: '2', url: '/notes/2' }, { id: '1' }],
		});
	});

	it('answers 404 for an unknown contact or admin and 400 without a body', async () => {
		const noContact = await addNote({ body: 'x' }, '000000000000000000000000');
		expect(noContact.status).toBe(404);
		expect(firstError(noContact.body)).toEqual({ code: 'not_found', message: 'User Not Found' });
		const noAdmin = await addNote({ body: 'x', admin_id: '123' });
		expect(firstError(noAdmin.body)).toEqual({ code: 'not_found', message: 'Resource Not Found' });
		expect((await addNote({})).status).toBe(400);
		expect(fake.notes.count()).toBe(0);
	});

	it('lists a contact’s notes newest first with page paging, and reads one by id', async () => {
		for (let i = 1; i <= 3; i++) await addNote({ body: `note ${i}` });
		const page1 = await api<{
			data: Array<{ id: string }>;
			total_count: number;
			pages: { next: string | null };
		}>(fake, 'GET', `/contacts/${contactId}/notes?per_page=2`);
		expect(page1.body.data.map((n) => n.id)).toEqual(['3', '2']);
		expect(page1.body.total_count).toBe(3);
		expect(page1.body.pages.next).toContain('page=2');
		const page3 = await api<{ data: unknown[] }>(
			fake,
			'GET',
			`/contacts/${contactId}/notes?per_page=2&page=3`,
		);
		expect(page3.body.data).toEqual([]);
		expect((await api(fake, 'GET', '/notes/2')).body.body).toBe('<p>note 2</p>');
		expect((await api(fake, 'GET', '/notes/99')).status).toBe(404);
	});
});
