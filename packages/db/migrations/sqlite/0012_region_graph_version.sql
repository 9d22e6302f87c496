-- The whole region's graph version (meta `graph_version`, schema/meta.ts), bumped in the
-- transaction of every write to a table the region's graph reads (apps/api load-graph.ts):
-- organisations, people, participant profiles, networks and their members, ties, agreements
-- and their parties. A write to anything else (a talent, a goal, a plan step, an opening, an
-- introduction, an account) leaves it, and the region's cached graph and picture with it.
INSERT INTO meta (key, value) VALUES ('graph_version', 0) ON CONFLICT(key) DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER `organizations_region_graph_ai` AFTER INSERT ON `organizations` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_region_graph_au` AFTER UPDATE ON `organizations` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_region_graph_ad` AFTER DELETE ON `organizations` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `people_region_graph_ai` AFTER INSERT ON `people` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `people_region_graph_au` AFTER UPDATE ON `people` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `people_region_graph_ad` AFTER DELETE ON `people` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `participant_profiles_region_graph_ai` AFTER INSERT ON `participant_profiles` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `participant_profiles_region_graph_au` AFTER UPDATE ON `participant_profiles` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `participant_profiles_region_graph_ad` AFTER DELETE ON `participant_profiles` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `networks_region_graph_ai` AFTER INSERT ON `networks` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `networks_region_graph_au` AFTER UPDATE ON `networks` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `networks_region_graph_ad` AFTER DELETE ON `networks` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `network_members_region_graph_ai` AFTER INSERT ON `network_members` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `network_members_region_graph_au` AFTER UPDATE ON `network_members` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `network_members_region_graph_ad` AFTER DELETE ON `network_members` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `connections_region_graph_ai` AFTER INSERT ON `connections` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `connections_region_graph_au` AFTER UPDATE ON `connections` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `connections_region_graph_ad` AFTER DELETE ON `connections` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_region_graph_ai` AFTER INSERT ON `agreements` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_region_graph_au` AFTER UPDATE ON `agreements` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_region_graph_ad` AFTER DELETE ON `agreements` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_parties_region_graph_ai` AFTER INSERT ON `agreement_parties` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_parties_region_graph_au` AFTER UPDATE ON `agreement_parties` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_parties_region_graph_ad` AFTER DELETE ON `agreement_parties` BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
END;
