import { eq } from 'drizzle-orm';
import type { Db } from './connection';
import { milestoneTargets, policies, targets } from './schema';

export interface MilestoneLink {
	milestoneId: number;
	targetId: number;
}

/** The links between milestones and the targets they serve, of one country or all: one query. */
export function milestoneLinks(db: Db, country?: string): MilestoneLink[] {
	return db
		.select({ milestoneId: milestoneTargets.milestoneId, targetId: milestoneTargets.targetId })
		.from(milestoneTargets)
		.innerJoin(targets, eq(targets.id, milestoneTargets.targetId))
		.where(country ? eq(targets.country, country) : undefined)
		.orderBy(milestoneTargets.milestoneId, milestoneTargets.targetId)
		.all();
}

/** The targets one milestone serves. */
export function targetsOfMilestone(db: Db, milestoneId: number): number[] {
	return db
		.select({ id: milestoneTargets.targetId })
		.from(milestoneTargets)
		.where(eq(milestoneTargets.milestoneId, milestoneId))
		.all()
		.map((r) => r.id);
}

/** Makes `targetIds` the targets a milestone serves. Run it in the transaction that saves it. */
export function setMilestoneTargets(db: Db, milestoneId: number, targetIds: readonly number[]) {
	db.delete(milestoneTargets).where(eq(milestoneTargets.milestoneId, milestoneId)).run();
	if (targetIds.length)
		db.insert(milestoneTargets)
			.values(targetIds.map((targetId) => ({ milestoneId, targetId })))
			.run();
}

/** Every target with its country and policy: what a milestone may link to. */
export function targetCountries(db: Db): { id: number; country: string; policyId: number }[] {
	return db
		.select({ id: targets.id, country: targets.country, policyId: targets.policyId })
		.from(targets)
		.all();
}

/** The country of a milestone's policy. */
export function countryOfPolicy(db: Db, policyId: number): string | null {
	return (
		db.select({ country: policies.country }).from(policies).where(eq(policies.id, policyId)).get()
			?.country ?? null
	);
}
