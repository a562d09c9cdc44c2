import type { Transform } from '../types';

/** A correspondence the knowledge base holds for a standard Salesforce field. */
export interface KnownMapping {
	/** Null: the field has no property of its own (`note` says where its value goes). */
	property: string | null;
	transform?: Transform;
	/** For `html`: the field written first, in bold. */
	heading?: string;
	/** Why: the documented correspondence this row follows. */
	note?: string;
}

export interface ObjectKnowledge {
	/** The target object this knowledge is about (a HubSpot object type, an Intercom model). */
	targetObject: string;
	/** Salesforce field → target property. */
	fields: Record<string, string | KnownMapping>;
	/** Salesforce reference fields → the target object their key is associated with, or for a
	 * reference to several objects (a note's ParentId), key prefix → target object. */
	references: Record<string, string | Record<string, string>>;
}

export type SystemKnowledge = Record<string, ObjectKnowledge[]>;
