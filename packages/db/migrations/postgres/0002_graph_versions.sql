CREATE TABLE "graph_versions" (
	"network_id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
-- Each network's graph version (schema/meta.ts graphVersions), bumped in the transaction of
-- every write that can change what the network's graph reads (apps/api load-graph.ts): its
-- row, its members, their rows and profiles, ties between people, agreements where two or
-- more parties are members, and every party row read with those agreements (a party outside
-- the network still decides whether the agreement spans three sectors and whether researchers
-- may see it).
CREATE FUNCTION bump_graph_versions(touched text[]) RETURNS void LANGUAGE sql AS $$
	INSERT INTO graph_versions (network_id, version)
	SELECT DISTINCT network_id, 1 FROM unnest(touched) AS network_id WHERE network_id IS NOT NULL
	ON CONFLICT (network_id) DO UPDATE SET version = graph_versions.version + 1
$$;
--> statement-breakpoint
CREATE FUNCTION networks_with_members(members text[]) RETURNS text[] LANGUAGE sql STABLE AS $$
	SELECT array(
		SELECT network_id FROM network_members WHERE person_id = ANY (members)
		UNION SELECT network_id FROM network_members WHERE organization_id = ANY (members))
$$;
--> statement-breakpoint
-- Where an agreement shows: the networks two or more of its parties are members of.
CREATE FUNCTION networks_of_agreement(agreement text) RETURNS text[] LANGUAGE sql STABLE AS $$
	SELECT array(
		SELECT network_id FROM (
			SELECT m.network_id, ap.person_id AS party FROM agreement_parties ap JOIN network_members m ON m.person_id = ap.person_id WHERE ap.agreement_id = agreement
			UNION ALL SELECT m.network_id, ap.organization_id FROM agreement_parties ap JOIN network_members m ON m.organization_id = ap.organization_id WHERE ap.agreement_id = agreement
		) AS member_parties GROUP BY network_id HAVING count(DISTINCT party) > 1)
$$;
--> statement-breakpoint
-- Where an agreement the person or organisation is a party to shows: its party row (sector,
-- and for a participant whether they share for research) is read with the agreement there.
CREATE FUNCTION networks_of_party(member text) RETURNS text[] LANGUAGE sql STABLE AS $$
	SELECT array(
		SELECT network_id FROM (
			SELECT mine.agreement_id, m.network_id, ap.person_id AS party FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.person_id = ap.person_id WHERE mine.person_id = member OR mine.organization_id = member
			UNION ALL SELECT mine.agreement_id, m.network_id, ap.organization_id FROM agreement_parties mine JOIN agreement_parties ap ON ap.agreement_id = mine.agreement_id JOIN network_members m ON m.organization_id = ap.organization_id WHERE mine.person_id = member OR mine.organization_id = member
		) AS shown GROUP BY agreement_id, network_id HAVING count(DISTINCT party) > 1)
$$;
--> statement-breakpoint
CREATE FUNCTION graph_versions_of_networks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN PERFORM bump_graph_versions(ARRAY[OLD.id]); END IF;
	IF TG_OP <> 'DELETE' THEN PERFORM bump_graph_versions(ARRAY[NEW.id]); END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION graph_versions_of_network_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN PERFORM bump_graph_versions(ARRAY[OLD.network_id]); END IF;
	IF TG_OP <> 'DELETE' THEN PERFORM bump_graph_versions(ARRAY[NEW.network_id]); END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- Organisations and people: the networks they are members of, and where their agreements show.
-- A party of an agreement cannot be deleted (the party rows restrict it): its memberships are all.
CREATE FUNCTION graph_versions_of_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		PERFORM bump_graph_versions(networks_with_members(ARRAY[OLD.id, NEW.id]) || networks_of_party(OLD.id) || networks_of_party(NEW.id));
	ELSE
		PERFORM bump_graph_versions(networks_with_members(ARRAY[OLD.id]));
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION graph_versions_of_participant_profiles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN PERFORM bump_graph_versions(networks_with_members(ARRAY[OLD.person_id]) || networks_of_party(OLD.person_id)); END IF;
	IF TG_OP <> 'DELETE' THEN PERFORM bump_graph_versions(networks_with_members(ARRAY[NEW.person_id]) || networks_of_party(NEW.person_id)); END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION graph_versions_of_connections() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN PERFORM bump_graph_versions(networks_with_members(ARRAY[OLD.person_a_id, OLD.person_b_id])); END IF;
	IF TG_OP <> 'DELETE' THEN PERFORM bump_graph_versions(networks_with_members(ARRAY[NEW.person_a_id, NEW.person_b_id])); END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- Before the row goes: PostgreSQL runs row triggers that fire after a statement once it has
-- finished, when a deletion's cascade has taken every party of the agreement with it.
CREATE FUNCTION graph_versions_of_agreements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_graph_versions(networks_of_agreement(OLD.id));
	IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
	RETURN NEW;
END $$;
--> statement-breakpoint
-- A party's row: where its agreement shows with the party (before it changes or goes), and where it shows after.
CREATE FUNCTION graph_versions_before_agreement_parties() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_graph_versions(networks_of_agreement(OLD.agreement_id));
	IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
	RETURN NEW;
END $$;
--> statement-breakpoint
CREATE FUNCTION graph_versions_after_agreement_parties() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_graph_versions(networks_of_agreement(NEW.agreement_id));
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER networks_graph AFTER INSERT OR UPDATE OR DELETE ON networks
	FOR EACH ROW EXECUTE FUNCTION graph_versions_of_networks();
--> statement-breakpoint
CREATE TRIGGER network_members_graph AFTER INSERT OR UPDATE OR DELETE ON network_members
	FOR EACH ROW EXECUTE FUNCTION graph_versions_of_network_members();
--> statement-breakpoint
CREATE TRIGGER organizations_graph AFTER UPDATE OR DELETE ON organizations
	FOR EACH ROW EXECUTE FUNCTION graph_versions_of_members();
--> statement-breakpoint
CREATE TRIGGER people_graph AFTER UPDATE OR DELETE ON people
	FOR EACH ROW EXECUTE FUNCTION graph_versions_of_members();
--> statement-breakpoint
CREATE TRIGGER participant_profiles_graph AFTER INSERT OR UPDATE OR DELETE ON participant_profiles
	FOR EACH ROW EXECUTE FUNCTION graph_versions_of_participant_profiles();
--> statement-breakpoint
CREATE TRIGGER connections_graph AFTER INSERT OR UPDATE OR DELETE ON connections
	FOR EACH ROW EXECUTE FUNCTION graph_versions_of_connections();
--> statement-breakpoint
CREATE TRIGGER agreements_graph BEFORE UPDATE OR DELETE ON agreements
	FOR EACH ROW EXECUTE FUNCTION graph_versions_of_agreements();
--> statement-breakpoint
CREATE TRIGGER agreement_parties_graph_before BEFORE UPDATE OR DELETE ON agreement_parties
	FOR EACH ROW EXECUTE FUNCTION graph_versions_before_agreement_parties();
--> statement-breakpoint
CREATE TRIGGER agreement_parties_graph_after AFTER INSERT OR UPDATE ON agreement_parties
	FOR EACH ROW EXECUTE FUNCTION graph_versions_after_agreement_parties();
