-- Written by hand around drizzle-kit's index change (drizzle cannot express WITHOUT ROWID):
-- observations and import_changes become clustered tables keyed by their primary key, so that
-- an import writes one b-tree per table instead of a rowid table plus a primary-key index.
-- Same columns and keys. import_changes is looked up by the import a value came from
-- (previous_import_id) instead of by key.
CREATE TABLE `__new_observations` (
	`indicator` text NOT NULL,
	`year` integer NOT NULL,
	`country` text NOT NULL,
	`value` real,
	`rank` integer,
	`import_id` integer,
	PRIMARY KEY(`indicator`, `year`, `country`),
	FOREIGN KEY (`indicator`) REFERENCES `indicators`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_observations` (`indicator`, `year`, `country`, `value`, `rank`, `import_id`)
	SELECT `indicator`, `year`, `country`, `value`, `rank`, `import_id` FROM `observations`;
--> statement-breakpoint
DROP TABLE `observations`;
--> statement-breakpoint
ALTER TABLE `__new_observations` RENAME TO `observations`;
--> statement-breakpoint
CREATE INDEX `observations_country` ON `observations` (`country`,`indicator`,`year`);
--> statement-breakpoint
CREATE TABLE `__new_import_changes` (
	`import_id` integer NOT NULL,
	`indicator` text NOT NULL,
	`year` integer NOT NULL,
	`country` text NOT NULL,
	`previous_existed` integer NOT NULL,
	`previous_value` real,
	`previous_rank` integer,
	`previous_import_id` integer,
	`new_value` real,
	`new_rank` integer,
	PRIMARY KEY(`import_id`, `indicator`, `year`, `country`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_import_changes` SELECT `import_id`, `indicator`, `year`, `country`, `previous_existed`, `previous_value`, `previous_rank`, `previous_import_id`, `new_value`, `new_rank` FROM `import_changes`;
--> statement-breakpoint
DROP TABLE `import_changes`;
--> statement-breakpoint
ALTER TABLE `__new_import_changes` RENAME TO `import_changes`;
--> statement-breakpoint
CREATE INDEX `import_changes_previous` ON `import_changes` (`previous_import_id`);
