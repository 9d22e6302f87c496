CREATE TABLE `graph_versions` (
	`network_id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
-- Each network's graph version (schema/meta.ts graphVersions), bumped in the transaction of
-- every write that can change what the network's graph reads (apps/api load-graph.ts): its
-- row, its members, their rows and profiles, ties between people, agreements where two or
-- more parties are members, and every party row read with those agreements (a party outside
-- the network still decides whether the agreement spans three sectors and whether researchers
-- may see it).
CREATE TRIGGER `networks_graph_ai` AFTER INSERT ON `networks` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT new.id AS network_id
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `networks_graph_au` AFTER UPDATE ON `networks` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT old.id AS network_id
		UNION SELECT new.id AS network_id
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `networks_graph_ad` AFTER DELETE ON `networks` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT old.id AS network_id
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `network_members_graph_ai` AFTER INSERT ON `network_members` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT new.network_id AS network_id
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `network_members_graph_au` AFTER UPDATE ON `network_members` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT old.network_id AS network_id
		UNION SELECT new.network_id AS network_id
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `network_members_graph_ad` AFTER DELETE ON `network_members` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT old.network_id AS network_id
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_graph_au` AFTER UPDATE ON `organizations` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM network_members WHERE organization_id = old.id OR organization_id = new.id
		UNION SELECT network_id FROM (
			SELECT mine.agreement_id, m.network_id, ap.person_id AS party FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.person_id = ap.person_id WHERE mine.organization_id = old.id
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.organization_id FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.organization_id = ap.organization_id WHERE mine.organization_id = old.id
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.person_id AS party FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.person_id = ap.person_id WHERE mine.organization_id = new.id
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.organization_id FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.organization_id = ap.organization_id WHERE mine.organization_id = new.id
		) AS shown GROUP BY agreement_id, network_id HAVING count(DISTINCT party) > 1
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_graph_ad` AFTER DELETE ON `organizations` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM network_members WHERE organization_id = old.id
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_graph_au` AFTER UPDATE ON `people` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM network_members WHERE person_id = old.id OR person_id = new.id
		UNION SELECT network_id FROM (
			SELECT mine.agreement_id, m.network_id, ap.person_id AS party FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.person_id = ap.person_id WHERE mine.person_id = old.id
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.organization_id FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.organization_id = ap.organization_id WHERE mine.person_id = old.id
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.person_id AS party FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.person_id = ap.person_id WHERE mine.person_id = new.id
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.organization_id FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.organization_id = ap.organization_id WHERE mine.person_id = new.id
		) AS shown GROUP BY agreement_id, network_id HAVING count(DISTINCT party) > 1
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_graph_ad` AFTER DELETE ON `people` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM network_members WHERE person_id = old.id
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_profiles_graph_ai` AFTER INSERT ON `participant_profiles` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM network_members WHERE person_id = new.person_id
		UNION SELECT network_id FROM (
			SELECT mine.agreement_id, m.network_id, ap.person_id AS party FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.person_id = ap.person_id WHERE mine.person_id = new.person_id
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.organization_id FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.organization_id = ap.organization_id WHERE mine.person_id = new.person_id
		) AS shown GROUP BY agreement_id, network_id HAVING count(DISTINCT party) > 1
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_profiles_graph_au` AFTER UPDATE ON `participant_profiles` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM network_members WHERE person_id = old.person_id OR person_id = new.person_id
		UNION SELECT network_id FROM (
			SELECT mine.agreement_id, m.network_id, ap.person_id AS party FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.person_id = ap.person_id WHERE mine.person_id = old.person_id
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.organization_id FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.organization_id = ap.organization_id WHERE mine.person_id = old.person_id
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.person_id AS party FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.person_id = ap.person_id WHERE mine.person_id = new.person_id
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.organization_id FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.organization_id = ap.organization_id WHERE mine.person_id = new.person_id
		) AS shown GROUP BY agreement_id, network_id HAVING count(DISTINCT party) > 1
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_profiles_graph_ad` AFTER DELETE ON `participant_profiles` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM network_members WHERE person_id = old.person_id
		UNION SELECT network_id FROM (
			SELECT mine.agreement_id, m.network_id, ap.person_id AS party FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.person_id = ap.person_id WHERE mine.person_id = old.person_id
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.organization_id FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.organization_id = ap.organization_id WHERE mine.person_id = old.person_id
		) AS shown GROUP BY agreement_id, network_id HAVING count(DISTINCT party) > 1
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `connections_graph_ai` AFTER INSERT ON `connections` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM network_members WHERE person_id = new.person_a_id OR person_id = new.person_b_id
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `connections_graph_au` AFTER UPDATE ON `connections` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM network_members WHERE person_id = old.person_a_id OR person_id = old.person_b_id OR person_id = new.person_a_id OR person_id = new.person_b_id
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `connections_graph_ad` AFTER DELETE ON `connections` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM network_members WHERE person_id = old.person_a_id OR person_id = old.person_b_id
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_graph_au` AFTER UPDATE ON `agreements` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM (
			SELECT m.network_id, ap.person_id AS party FROM agreement_parties ap JOIN network_members m ON m.person_id = ap.person_id WHERE ap.agreement_id = old.id
			UNION ALL SELECT m.network_id, ap.organization_id FROM agreement_parties ap JOIN network_members m ON m.organization_id = ap.organization_id WHERE ap.agreement_id = old.id
			UNION ALL SELECT m.network_id, ap.person_id AS party FROM agreement_parties ap JOIN network_members m ON m.person_id = ap.person_id WHERE ap.agreement_id = new.id
			UNION ALL SELECT m.network_id, ap.organization_id FROM agreement_parties ap JOIN network_members m ON m.organization_id = ap.organization_id WHERE ap.agreement_id = new.id
		) AS member_parties GROUP BY network_id HAVING count(DISTINCT party) > 1
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_graph_ad` AFTER DELETE ON `agreements` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM (
			SELECT m.network_id, ap.person_id AS party FROM agreement_parties ap JOIN network_members m ON m.person_id = ap.person_id WHERE ap.agreement_id = old.id
			UNION ALL SELECT m.network_id, ap.organization_id FROM agreement_parties ap JOIN network_members m ON m.organization_id = ap.organization_id WHERE ap.agreement_id = old.id
		) AS member_parties GROUP BY network_id HAVING count(DISTINCT party) > 1
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_parties_graph_ai` AFTER INSERT ON `agreement_parties` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM (
			SELECT m.network_id, ap.person_id AS party FROM agreement_parties ap JOIN network_members m ON m.person_id = ap.person_id WHERE ap.agreement_id = new.agreement_id
			UNION ALL SELECT m.network_id, ap.organization_id FROM agreement_parties ap JOIN network_members m ON m.organization_id = ap.organization_id WHERE ap.agreement_id = new.agreement_id
		) AS member_parties GROUP BY network_id HAVING count(DISTINCT party) > 1
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_parties_graph_au` AFTER UPDATE ON `agreement_parties` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM (
			SELECT m.network_id, ap.person_id AS party FROM agreement_parties ap JOIN network_members m ON m.person_id = ap.person_id WHERE ap.agreement_id = old.agreement_id
			UNION ALL SELECT m.network_id, ap.organization_id FROM agreement_parties ap JOIN network_members m ON m.organization_id = ap.organization_id WHERE ap.agreement_id = old.agreement_id
			UNION ALL SELECT network_id, person_id FROM network_members WHERE person_id = old.person_id
			UNION ALL SELECT network_id, organization_id FROM network_members WHERE organization_id = old.organization_id
		) AS member_parties GROUP BY network_id HAVING count(DISTINCT party) > 1
		UNION SELECT network_id FROM (
			SELECT m.network_id, ap.person_id AS party FROM agreement_parties ap JOIN network_members m ON m.person_id = ap.person_id WHERE ap.agreement_id = new.agreement_id
			UNION ALL SELECT m.network_id, ap.organization_id FROM agreement_parties ap JOIN network_members m ON m.organization_id = ap.organization_id WHERE ap.agreement_id = new.agreement_id
		) AS member_parties GROUP BY network_id HAVING count(DISTINCT party) > 1
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_parties_graph_ad` AFTER DELETE ON `agreement_parties` BEGIN
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM (
		SELECT network_id FROM (
			SELECT m.network_id, ap.person_id AS party FROM agreement_parties ap JOIN network_members m ON m.person_id = ap.person_id WHERE ap.agreement_id = old.agreement_id
			UNION ALL SELECT m.network_id, ap.organization_id FROM agreement_parties ap JOIN network_members m ON m.organization_id = ap.organization_id WHERE ap.agreement_id = old.agreement_id
			UNION ALL SELECT network_id, person_id FROM network_members WHERE person_id = old.person_id
			UNION ALL SELECT network_id, organization_id FROM network_members WHERE organization_id = old.organization_id
		) AS member_parties GROUP BY network_id HAVING count(DISTINCT party) > 1
	) AS touched WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = version + 1;
END;
