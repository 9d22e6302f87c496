CREATE TABLE `dreams` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`text` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `dreams_person_idx` ON `dreams` (`person_id`,`position`);--> statement-breakpoint
ALTER TABLE `goals` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `participant_status_changes` ADD `reason` text;--> statement-breakpoint
ALTER TABLE `talents` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Each profile's dreams text becomes its first dream, before the column goes.
INSERT INTO `dreams` (`id`, `person_id`, `text`, `position`, `created_at`, `updated_at`)
  SELECT 'drm_' || lower(hex(randomblob(6))), `person_id`, `dreams`, 0, `updated_at`, `updated_at`
  FROM `participant_profiles` WHERE `dreams` IS NOT NULL AND trim(`dreams`) <> '';--> statement-breakpoint
-- Talents and goals keep the order they were shown in (talents by name, goals by target date).
UPDATE `talents` SET `position` = (
  SELECT count(*) FROM `talents` AS `o` WHERE `o`.`person_id` = `talents`.`person_id`
    AND (`o`.`name` < `talents`.`name` OR (`o`.`name` = `talents`.`name` AND `o`.`id` < `talents`.`id`)));--> statement-breakpoint
UPDATE `goals` SET `position` = (
  SELECT count(*) FROM `goals` AS `o` WHERE `o`.`person_id` = `goals`.`person_id`
    AND (coalesce(`o`.`target_date`, '9999') < coalesce(`goals`.`target_date`, '9999')
      OR (coalesce(`o`.`target_date`, '9999') = coalesce(`goals`.`target_date`, '9999') AND `o`.`id` < `goals`.`id`)));--> statement-breakpoint
-- Changes written by the system get their reason; those recorded by hand before reasons stay without one.
UPDATE `participant_status_changes` SET `reason` = 'AGREEMENT_OUTCOME' WHERE `agreement_id` IS NOT NULL;--> statement-breakpoint
UPDATE `participant_status_changes` SET `reason` = 'PROFILE_CREATED' WHERE `agreement_id` IS NULL AND `note` = 'Profile created';--> statement-breakpoint
ALTER TABLE `participant_profiles` DROP COLUMN `dreams`;