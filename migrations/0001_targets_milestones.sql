CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`policy_id` integer NOT NULL,
	`date` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`responsible_body` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`evidence_url` text,
	FOREIGN KEY (`policy_id`) REFERENCES `policies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `milestones_policy_date` ON `milestones` (`policy_id`,`date`);--> statement-breakpoint
CREATE TABLE `policies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`country` text NOT NULL,
	`start_year` integer NOT NULL,
	`end_year` integer NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`source_url` text,
	FOREIGN KEY (`country`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `policies_country` ON `policies` (`country`);--> statement-breakpoint
CREATE TABLE `targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`policy_id` integer NOT NULL,
	`country` text NOT NULL,
	`indicator` text NOT NULL,
	`baseline_year` integer NOT NULL,
	`target_year` integer NOT NULL,
	`kind` text NOT NULL,
	`target_value` real,
	`target_rank` integer,
	`target_level` text,
	`note` text DEFAULT '' NOT NULL,
	`is_example` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`policy_id`) REFERENCES `policies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`country`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator`) REFERENCES `indicators`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `targets_country` ON `targets` (`country`);--> statement-breakpoint
CREATE INDEX `targets_policy` ON `targets` (`policy_id`);