/** A country's plans: policies, their milestones and targets. */
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { countries, indicators } from './reference';

/** A national policy whose targets and milestones the dashboard follows. */
export const policies = sqliteTable(
	'policies',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		name: text('name').notNull(),
		country: text('country')
			.notNull()
			.references(() => countries.iso3),
		startYear: integer('start_year').notNull(),
		endYear: integer('end_year').notNull(),
		description: text('description').notNull().default(''),
		sourceUrl: text('source_url')
	},
	(t) => [index('policies_country').on(t.country)]
);

export const MILESTONE_STATUSES = ['planned', 'in_progress', 'done', 'delayed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** A dated step of a policy; `status` as entered (overdue ones are shown as delayed). */
export const milestones = sqliteTable(
	'milestones',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		policyId: integer('policy_id')
			.notNull()
			.references(() => policies.id, { onDelete: 'cascade' }),
		/** ISO date, YYYY-MM-DD. */
		date: text('date').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		responsibleBody: text('responsible_body').notNull().default(''),
		status: text('status', { enum: MILESTONE_STATUSES }).notNull().default('planned'),
		evidenceUrl: text('evidence_url'),
		/** The EGDI component or separate index (OSI, TII, HCI, EPI) the milestone moves, if any. */
		component: text('component')
	},
	(t) => [index('milestones_policy_date').on(t.policyId, t.date)]
);

export const TARGET_KINDS = ['value', 'rank', 'level'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * A target of a policy: an indicator's value, the EGDI rank, or an EGDI level group, to reach
 * by `targetYear` from `baselineYear`. Direction comes from the indicator (ranks: lower is
 * better). `isExample` marks seeded targets that users should replace: never official.
 */
export const targets = sqliteTable(
	'targets',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		policyId: integer('policy_id')
			.notNull()
			.references(() => policies.id, { onDelete: 'cascade' }),
		country: text('country')
			.notNull()
			.references(() => countries.iso3),
		indicator: text('indicator')
			.notNull()
			.references(() => indicators.code),
		baselineYear: integer('baseline_year').notNull(),
		targetYear: integer('target_year').notNull(),
		kind: text('kind', { enum: TARGET_KINDS }).notNull(),
		targetValue: real('target_value'),
		targetRank: integer('target_rank'),
		targetLevel: text('target_level'),
		note: text('note').notNull().default(''),
		isExample: integer('is_example', { mode: 'boolean' }).notNull().default(false),
		// Ownership, as national SDG platforms record it: who answers for the target, why and
		// what is being done, and when it was and will next be reviewed (ISO dates).
		responsibleBody: text('responsible_body').notNull().default(''),
		owner: text('owner').notNull().default(''),
		narrative: text('narrative').notNull().default(''),
		lastReviewed: text('last_reviewed'),
		nextReview: text('next_review')
	},
	(t) => [index('targets_country').on(t.country), index('targets_policy').on(t.policyId)]
);

/** Which targets a milestone serves (many to many); deleting either side deletes the link. */
export const milestoneTargets = sqliteTable(
	'milestone_targets',
	{
		milestoneId: integer('milestone_id')
			.notNull()
			.references(() => milestones.id, { onDelete: 'cascade' }),
		targetId: integer('target_id')
			.notNull()
			.references(() => targets.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.milestoneId, t.targetId] }),
		index('milestone_targets_target').on(t.targetId)
	]
);

export type Policy = typeof policies.$inferSelect;
export type Milestone = typeof milestones.$inferSelect;
export type Target = typeof targets.$inferSelect;
