import type { Transform } from '../types';

/** A correspondence the knowledge base holds for a standard Salesforce field. */
export interface KnownMapping {
	property: string;
	transform?: Transform;
	/** Why: the documented correspondence this row follows. */
	note?: string;
}

export interface ObjectKnowledge {
	/** The target object this knowledge is about (a HubSpot object type, an Intercom model). */
	targetObject: string;
	/** Salesforce field → target property. */
	fields: Record<string, string | KnownMapping>;
	/** Salesforce reference fields → the target object their key is associated with. */
	references: Record<string, string>;
}

export type SystemKnowledge = Record<string, ObjectKnowledge[]>;
