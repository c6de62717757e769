ALTER TABLE `imports` ADD `values_removed` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `values_restored` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `observations_import` ON `observations` (`import_id`);--> statement-breakpoint
-- Undo events recorded before this migration counted removed and restored values together as
-- "changed": count them apart, from what each undo logged (the values it removed) and from the
-- undone import's log (the values it had replaced, which the undo put back).
UPDATE `imports` SET
	`values_removed` = (SELECT count(*) FROM `import_changes` c WHERE c.`import_id` = `imports`.`id`),
	`values_restored` = (SELECT count(*) FROM `import_changes` c WHERE c.`import_id` = `imports`.`undoes_import_id` AND c.`previous_existed` = 1),
	`values_changed` = 0
WHERE `kind` = 'undo';
