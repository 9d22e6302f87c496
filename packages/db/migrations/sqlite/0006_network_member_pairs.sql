DROP INDEX `network_members_network_idx`;--> statement-breakpoint
CREATE INDEX `network_members_network_person_idx` ON `network_members` (`network_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `network_members_network_organization_idx` ON `network_members` (`network_id`,`organization_id`);