-- How many times a cluster's memberships and what their figures are made of (membership types,
-- organisations, memberships, invoices, payments) have changed: a figure worked out when the
-- count stood at n still holds while it stands at n. Kept by triggers, so that every writer (a
-- use case, an import, the command line, another server) moves it in the same transaction as
-- its change.
CREATE TABLE membership_revisions (
    cluster_id UUID NOT NULL PRIMARY KEY REFERENCES clusters (id),
    revision BIGINT NOT NULL
);

-- backend-specific: membership_revision_triggers
-- PostgreSQL: the triggers fire as the transaction commits and count it once per cluster, so that
-- the count's row is locked only for the commit (two transactions writing to one cluster do not
-- wait on each other until then) and an import of many rows moves it once.
CREATE FUNCTION revise_membership_figures() RETURNS trigger AS $$
DECLARE
    changed UUID;
    counted TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN changed := OLD.cluster_id; ELSE changed := NEW.cluster_id; END IF;
    counted := 'clusterdesk.revised_' || replace(changed::text, '-', '');
    IF current_setting(counted, true) = 'yes' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config(counted, 'yes', true);
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (changed, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = membership_revisions.revision + 1;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER membership_types_revise AFTER INSERT OR UPDATE OR DELETE ON membership_types
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION revise_membership_figures();

CREATE CONSTRAINT TRIGGER organisations_revise AFTER INSERT OR UPDATE OR DELETE ON organisations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION revise_membership_figures();

CREATE CONSTRAINT TRIGGER memberships_revise AFTER INSERT OR UPDATE OR DELETE ON memberships
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION revise_membership_figures();

CREATE CONSTRAINT TRIGGER invoices_revise AFTER INSERT OR UPDATE OR DELETE ON invoices
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION revise_membership_figures();

CREATE CONSTRAINT TRIGGER payments_revise AFTER INSERT OR UPDATE OR DELETE ON payments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION revise_membership_figures();
-- end backend-specific
