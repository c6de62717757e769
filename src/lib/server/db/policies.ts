import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from './connection';
import {
	enteredTexts,
	milestones,
	policies,
	targets,
	type EnteredEntity,
	type Milestone,
	type Policy,
	type Target
} from './schema';
import { transaction } from './transactions';

export type PolicyInput = Omit<Policy, 'id'>;
/** A milestone's columns; `component` may be left out (none). */
export type MilestoneInput = Omit<typeof milestones.$inferInsert, 'id'>;
/** A target's columns; its ownership may be left out (none recorded). */
export type TargetInput = Omit<typeof targets.$inferInsert, 'id'>;

/** Policies, of one country or all, oldest first. */
export function listPolicies(db: Db, country?: string): Policy[] {
	return db
		.select()
		.from(policies)
		.where(country ? eq(policies.country, country) : undefined)
		.orderBy(asc(policies.startYear), asc(policies.id))
		.all();
}

export function getPolicy(db: Db, id: number): Policy | undefined {
	return db.select().from(policies).where(eq(policies.id, id)).get();
}

export function createPolicy(db: Db, input: PolicyInput): number {
	return db.insert(policies).values(input).returning({ id: policies.id }).get().id;
}

export function updatePolicy(db: Db, id: number, input: PolicyInput): void {
	db.update(policies).set(input).where(eq(policies.id, id)).run();
}

/**
 * Deletes the texts entered in other languages for rows about to be deleted (no foreign key can
 * point from `entered_texts` at three tables; ids are never reused, so this is tidiness).
 */
function deleteTexts(db: Db, rows: { entity: EnteredEntity; ids: number[] }[]): void {
	const which = rows
		.filter((r) => r.ids.length)
		.map((r) => and(eq(enteredTexts.entity, r.entity), inArray(enteredTexts.entityId, r.ids)));
	if (which.length)
		db.delete(enteredTexts)
			.where(or(...which))
			.run();
}

/** Deletes a policy with its milestones and targets, and their texts in other languages. */
export function deletePolicy(db: Db, id: number): void {
	transaction(db, () => {
		const ids = (table: typeof milestones | typeof targets) =>
			db
				.select({ id: table.id })
				.from(table)
				.where(eq(table.policyId, id))
				.all()
				.map((r) => r.id);
		deleteTexts(db, [
			{ entity: 'policy', ids: [id] },
			{ entity: 'milestone', ids: ids(milestones) },
			{ entity: 'target', ids: ids(targets) }
		]);
		db.delete(policies).where(eq(policies.id, id)).run();
	});
}

/** Milestones of one policy, or of every policy of a country, by date. */
export function listMilestones(
	db: Db,
	filter: { policyId?: number; country?: string } = {}
): Milestone[] {
	const rows = db
		.select({ m: milestones })
		.from(milestones)
		.innerJoin(policies, eq(policies.id, milestones.policyId))
		.where(
			and(
				filter.policyId !== undefined ? eq(milestones.policyId, filter.policyId) : undefined,
				filter.country ? eq(policies.country, filter.country) : undefined
			)
		)
		.orderBy(asc(milestones.date), asc(milestones.id))
		.all();
	return rows.map((r) => r.m);
}

export function getMilestone(db: Db, id: number): Milestone | undefined {
	return db.select().from(milestones).where(eq(milestones.id, id)).get();
}

export function createMilestone(db: Db, input: MilestoneInput): number {
	return db.insert(milestones).values(input).returning({ id: milestones.id }).get().id;
}

export function updateMilestone(db: Db, id: number, input: MilestoneInput): void {
	db.update(milestones).set(input).where(eq(milestones.id, id)).run();
}

/** Deletes a milestone (its links to targets go with it) and its texts in other languages. */
export function deleteMilestone(db: Db, id: number): void {
	transaction(db, () => {
		deleteTexts(db, [{ entity: 'milestone', ids: [id] }]);
		db.delete(milestones).where(eq(milestones.id, id)).run();
	});
}

/** Targets of one country or all, by policy then target year. */
export function listTargets(db: Db, country?: string): Target[] {
	return db
		.select()
		.from(targets)
		.where(country ? eq(targets.country, country) : undefined)
		.orderBy(asc(targets.policyId), asc(targets.targetYear), asc(targets.id))
		.all();
}

export function getTarget(db: Db, id: number): Target | undefined {
	return db.select().from(targets).where(eq(targets.id, id)).get();
}

export function createTarget(db: Db, input: TargetInput): number {
	return db.insert(targets).values(input).returning({ id: targets.id }).get().id;
}

export function updateTarget(db: Db, id: number, input: TargetInput): void {
	db.update(targets).set(input).where(eq(targets.id, id)).run();
}

/** Deletes a target (its links to milestones go with it) and its texts in other languages. */
export function deleteTarget(db: Db, id: number): void {
	transaction(db, () => {
		deleteTexts(db, [{ entity: 'target', ids: [id] }]);
		db.delete(targets).where(eq(targets.id, id)).run();
	});
}
