CREATE TABLE `shortlist_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`opportunity_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`rating` text DEFAULT 'TO_CONSIDER' NOT NULL,
	`rated_by_user_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shortlist_entries_unique` ON `shortlist_entries` (`opportunity_id`,`participant_id`);--> statement-breakpoint
CREATE INDEX `shortlist_entries_participant_idx` ON `shortlist_entries` (`participant_id`);