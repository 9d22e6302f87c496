ALTER TABLE `networks` ADD `archived_at` text;--> statement-breakpoint
CREATE INDEX `networks_archived_idx` ON `networks` (`archived_at`);--> statement-breakpoint
ALTER TABLE `opportunities` ADD `archived_at` text;--> statement-breakpoint
CREATE INDEX `opportunities_archived_idx` ON `opportunities` (`archived_at`);--> statement-breakpoint
ALTER TABLE `organizations` ADD `archived_at` text;--> statement-breakpoint
CREATE INDEX `organizations_archived_idx` ON `organizations` (`archived_at`);--> statement-breakpoint
ALTER TABLE `people` ADD `archived_at` text;--> statement-breakpoint
CREATE INDEX `people_archived_idx` ON `people` (`archived_at`);