CREATE TABLE `countries` (
	`iso3` text PRIMARY KEY NOT NULL,
	`iso_numeric` text,
	`name` text NOT NULL,
	`region` text,
	`subregion` text,
	`income_group` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `countries_iso_numeric` ON `countries` (`iso_numeric`);--> statement-breakpoint
CREATE TABLE `country_aliases` (
	`alias` text PRIMARY KEY NOT NULL,
	`iso3` text NOT NULL,
	FOREIGN KEY (`iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `country_aliases_iso3` ON `country_aliases` (`iso3`);--> statement-breakpoint
CREATE TABLE `country_group_members` (
	`group_code` text NOT NULL,
	`iso3` text NOT NULL,
	PRIMARY KEY(`group_code`, `iso3`),
	FOREIGN KEY (`group_code`) REFERENCES `country_groups`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `group_members_iso3` ON `country_group_members` (`iso3`);--> statement-breakpoint
CREATE TABLE `country_groups` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text
);
--> statement-breakpoint
CREATE TABLE `import_changes` (
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
);
--> statement-breakpoint
CREATE INDEX `import_changes_key` ON `import_changes` (`indicator`,`year`,`country`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text DEFAULT 'import' NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`layout` text NOT NULL,
	`imported_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`years` text DEFAULT '' NOT NULL,
	`rows_read` integer DEFAULT 0 NOT NULL,
	`values_new` integer DEFAULT 0 NOT NULL,
	`values_changed` integer DEFAULT 0 NOT NULL,
	`values_unchanged` integer DEFAULT 0 NOT NULL,
	`messages` text DEFAULT '[]' NOT NULL,
	`undoes_import_id` integer
);
--> statement-breakpoint
CREATE INDEX `imports_sha256` ON `imports` (`sha256`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`unit` text DEFAULT 'index (0–1)' NOT NULL,
	`min_value` real,
	`max_value` real,
	`higher_is_better` integer DEFAULT true NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`built_in` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 100 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `observations` (
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
);
--> statement-breakpoint
CREATE INDEX `observations_country` ON `observations` (`country`,`indicator`,`year`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
