CREATE TABLE `agreement_parties` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`person_id` text,
	`organization_id` text,
	`role` text NOT NULL,
	`signed_at` text,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "agreement_parties_one_party" CHECK(("agreement_parties"."person_id" IS NULL) <> ("agreement_parties"."organization_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `agreement_parties_agreement_idx` ON `agreement_parties` (`agreement_id`);--> statement-breakpoint
CREATE INDEX `agreement_parties_person_idx` ON `agreement_parties` (`person_id`);--> statement-breakpoint
CREATE INDEX `agreement_parties_organization_idx` ON `agreement_parties` (`organization_id`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'DRAFT' NOT NULL,
	`start_date` text,
	`end_date` text,
	`goals` text,
	`outcome` text,
	`termination_reason` text,
	`network_id` text,
	`opportunity_id` text,
	`introduction_id` text,
	`proposed_at` text,
	`activated_at` text,
	`closed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `agreements_status_idx` ON `agreements` (`status`);--> statement-breakpoint
CREATE INDEX `agreements_kind_idx` ON `agreements` (`kind`);--> statement-breakpoint
CREATE INDEX `agreements_title_idx` ON `agreements` (`title`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` text,
	`role` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text,
	`on_behalf` integer DEFAULT false NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_events_at_idx` ON `audit_events` (`at`);--> statement-breakpoint
CREATE INDEX `audit_events_entity_idx` ON `audit_events` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_events_user_idx` ON `audit_events` (`user_id`);--> statement-breakpoint
CREATE TABLE `connections` (
	`id` text PRIMARY KEY NOT NULL,
	`person_a_id` text NOT NULL,
	`person_b_id` text NOT NULL,
	`kind` text NOT NULL,
	`strength` integer DEFAULT 2 NOT NULL,
	`since` text,
	`until` text,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_a_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_b_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "connections_distinct_people" CHECK("connections"."person_a_id" <> "connections"."person_b_id"),
	CONSTRAINT "connections_strength_range" CHECK("connections"."strength" BETWEEN 1 AND 3)
);
--> statement-breakpoint
CREATE INDEX `connections_a_idx` ON `connections` (`person_a_id`);--> statement-breakpoint
CREATE INDEX `connections_b_idx` ON `connections` (`person_b_id`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'OPEN' NOT NULL,
	`target_date` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `goals_person_idx` ON `goals` (`person_id`);--> statement-breakpoint
CREATE TABLE `introductions` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`opportunity_id` text,
	`requested_by_user_id` text,
	`message` text,
	`status` text DEFAULT 'REQUESTED' NOT NULL,
	`deadline` text,
	`answered_at` text,
	`answered_by_user_id` text,
	`answered_on_behalf` integer DEFAULT false NOT NULL,
	`agreement_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `introductions_participant_idx` ON `introductions` (`participant_id`);--> statement-breakpoint
CREATE INDEX `introductions_organization_idx` ON `introductions` (`organization_id`,`status`);--> statement-breakpoint
CREATE INDEX `introductions_status_idx` ON `introductions` (`status`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `network_members` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`person_id` text,
	`organization_id` text,
	`role` text DEFAULT 'member' NOT NULL,
	`joined_on` text,
	`left_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "network_members_one_member" CHECK(("network_members"."person_id" IS NULL) <> ("network_members"."organization_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `network_members_network_idx` ON `network_members` (`network_id`);--> statement-breakpoint
CREATE INDEX `network_members_person_idx` ON `network_members` (`person_id`);--> statement-breakpoint
CREATE INDEX `network_members_organization_idx` ON `network_members` (`organization_id`);--> statement-breakpoint
CREATE TABLE `networks` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`description` text,
	`municipality_number` text,
	`municipality_name` text,
	`started_on` text,
	`ended_on` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `networks_name_idx` ON `networks` (`name`);--> statement-breakpoint
CREATE TABLE `opportunities` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'OPEN' NOT NULL,
	`description` text,
	`municipality_number` text,
	`municipality_name` text,
	`hours_per_week` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `opportunities_organization_idx` ON `opportunities` (`organization_id`);--> statement-breakpoint
CREATE INDEX `opportunities_status_idx` ON `opportunities` (`status`);--> statement-breakpoint
CREATE INDEX `opportunities_title_idx` ON `opportunities` (`title`);--> statement-breakpoint
CREATE TABLE `opportunity_talents` (
	`opportunity_id` text NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`opportunity_id`, `name`),
	FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `opportunity_talents_name_idx` ON `opportunity_talents` (`name`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`org_number` text,
	`sector` text NOT NULL,
	`kind` text NOT NULL,
	`industry_code` text,
	`industry_name` text,
	`municipality_number` text,
	`municipality_name` text,
	`address` text,
	`postal_code` text,
	`postal_place` text,
	`website` text,
	`employees` integer,
	`publicly_owned` integer DEFAULT false NOT NULL,
	`source` text DEFAULT 'MANUAL' NOT NULL,
	`edited_by_hand_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_org_number_unique` ON `organizations` (`org_number`);--> statement-breakpoint
CREATE INDEX `organizations_name_idx` ON `organizations` (`name`);--> statement-breakpoint
CREATE INDEX `organizations_sector_idx` ON `organizations` (`sector`,`name`);--> statement-breakpoint
CREATE INDEX `organizations_kind_idx` ON `organizations` (`kind`);--> statement-breakpoint
CREATE INDEX `organizations_municipality_idx` ON `organizations` (`municipality_number`);--> statement-breakpoint
CREATE TABLE `participant_profiles` (
	`person_id` text PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'OUTSIDE_WORK' NOT NULL,
	`municipality_number` text,
	`municipality_name` text,
	`hours_per_week` integer,
	`dreams` text,
	`benefit` text,
	`public_partner_id` text,
	`coordinator_id` text,
	`visible_to_employers` integer DEFAULT false NOT NULL,
	`visible_to_employers_changed_at` text,
	`share_for_research` integer DEFAULT false NOT NULL,
	`share_for_research_changed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`public_partner_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`coordinator_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `participant_profiles_status_idx` ON `participant_profiles` (`status`);--> statement-breakpoint
CREATE INDEX `participant_profiles_municipality_idx` ON `participant_profiles` (`municipality_number`);--> statement-breakpoint
CREATE INDEX `participant_profiles_visible_idx` ON `participant_profiles` (`visible_to_employers`);--> statement-breakpoint
CREATE TABLE `participant_status_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`status` text NOT NULL,
	`changed_on` text NOT NULL,
	`note` text,
	`agreement_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `participant_status_changes_person_idx` ON `participant_status_changes` (`person_id`,`changed_on`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`sector` text NOT NULL,
	`title` text,
	`organization_id` text,
	`is_participant` integer DEFAULT false NOT NULL,
	`since` text,
	`erased_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`name`);--> statement-breakpoint
CREATE INDEX `people_sector_idx` ON `people` (`sector`,`name`);--> statement-breakpoint
CREATE INDEX `people_organization_idx` ON `people` (`organization_id`);--> statement-breakpoint
CREATE INDEX `people_participant_idx` ON `people` (`is_participant`,`name`);--> statement-breakpoint
CREATE TABLE `plan_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`goal_id` text,
	`text` text NOT NULL,
	`due_date` text,
	`done` integer DEFAULT false NOT NULL,
	`done_at` text,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `plan_steps_person_idx` ON `plan_steps` (`person_id`,`position`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `talents` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`name` text NOT NULL,
	`level` text DEFAULT 'SKILLED' NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `talents_person_idx` ON `talents` (`person_id`);--> statement-breakpoint
CREATE INDEX `talents_name_idx` ON `talents` (`name`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`person_id` text,
	`organization_id` text,
	`active` integer DEFAULT true NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`terms_accepted_at` text,
	`last_login_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `wished_industries` (
	`person_id` text NOT NULL,
	`industry` text NOT NULL,
	PRIMARY KEY(`person_id`, `industry`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wished_industries_industry_idx` ON `wished_industries` (`industry`);