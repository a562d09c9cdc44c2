/** What Task and Event share: WhoId, WhatId and the derived AccountId. */
import type { OrgContext } from '../context';
import { danglingId } from '../ids';
import { activityLinks, danglingKey } from '../references';

export interface ActivityIds {
	WhoId: string | null;
	WhatId: string | null;
	AccountId: string | null;
}

/** Task danglingReference: WhoId of a missing Contact; Event: WhatId of a missing Opportunity. */
export function activityIds(ctx: OrgContext, object: 'Task' | 'Event', i: number): ActivityIds {
	const links = activityLinks(ctx, object, i);
	const dangling = ctx.kindAt(object, i) === 'danglingReference';
	return {
		WhoId: dangling && object === 'Task' ? danglingId('003', danglingKey(object, i)) : links.who && ctx.idOf(links.who.object, links.who.index),
		WhatId: dangling && object === 'Event' ? danglingId('006', danglingKey(object, i)) : links.what && ctx.idOf(links.what.object, links.what.index),
		AccountId: links.account === null ? null : ctx.idOf('Account', links.account),
	};
}
