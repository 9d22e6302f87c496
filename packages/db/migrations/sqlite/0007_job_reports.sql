ALTER TABLE `shortlist_entries` ADD `job_report_state` text;--> statement-breakpoint
ALTER TABLE `shortlist_entries` ADD `job_reported_at` text;--> statement-breakpoint
ALTER TABLE `shortlist_entries` ADD `job_report_decided_at` text;--> statement-breakpoint
ALTER TABLE `shortlist_entries` ADD `job_report_decided_by_user_id` text;--> statement-breakpoint
CREATE INDEX `shortlist_entries_job_report_idx` ON `shortlist_entries` (`job_report_state`,`job_reported_at`,`id`);--> statement-breakpoint
-- Ratings of GOT_THE_JOB made before reports existed were written on the journey at once: they count as confirmed.
UPDATE `shortlist_entries` SET `job_report_state` = 'CONFIRMED', `job_reported_at` = `updated_at`, `job_report_decided_at` = `updated_at` WHERE `rating` = 'GOT_THE_JOB';
