-- The whole region's graph version (meta `graph_version`, schema/meta.ts), bumped in the
-- transaction of every write to a table the region's graph reads (apps/api load-graph.ts):
-- organisations, people, participant profiles, networks and their members, ties, agreements
-- and their parties. A write to anything else (a talent, a goal, a plan step, an opening, an
-- introduction, an account) leaves it, and the region's cached graph and picture with it.
INSERT INTO meta (key, value) VALUES ('graph_version', 0) ON CONFLICT (key) DO NOTHING;
--> statement-breakpoint
-- Once per statement, not per row: an import of thousands of organisations bumps it once.
CREATE FUNCTION bump_region_graph_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'graph_version';
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER organizations_region_graph AFTER INSERT OR UPDATE OR DELETE ON organizations
	FOR EACH STATEMENT EXECUTE FUNCTION bump_region_graph_version();
--> statement-breakpoint
CREATE TRIGGER people_region_graph AFTER INSERT OR UPDATE OR DELETE ON people
	FOR EACH STATEMENT EXECUTE FUNCTION bump_region_graph_version();
--> statement-breakpoint
CREATE TRIGGER participant_profiles_region_graph AFTER INSERT OR UPDATE OR DELETE ON participant_profiles
	FOR EACH STATEMENT EXECUTE FUNCTION bump_region_graph_version();
--> statement-breakpoint
CREATE TRIGGER networks_region_graph AFTER INSERT OR UPDATE OR DELETE ON networks
	FOR EACH STATEMENT EXECUTE FUNCTION bump_region_graph_version();
--> statement-breakpoint
CREATE TRIGGER network_members_region_graph AFTER INSERT OR UPDATE OR DELETE ON network_members
	FOR EACH STATEMENT EXECUTE FUNCTION bump_region_graph_version();
--> statement-breakpoint
CREATE TRIGGER connections_region_graph AFTER INSERT OR UPDATE OR DELETE ON connections
	FOR EACH STATEMENT EXECUTE FUNCTION bump_region_graph_version();
--> statement-breakpoint
CREATE TRIGGER agreements_region_graph AFTER INSERT OR UPDATE OR DELETE ON agreements
	FOR EACH STATEMENT EXECUTE FUNCTION bump_region_graph_version();
--> statement-breakpoint
CREATE TRIGGER agreement_parties_region_graph AFTER INSERT OR UPDATE OR DELETE ON agreement_parties
	FOR EACH STATEMENT EXECUTE FUNCTION bump_region_graph_version();
