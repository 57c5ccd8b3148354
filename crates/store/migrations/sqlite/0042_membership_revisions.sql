-- How many times a cluster's memberships and what their figures are made of (membership types,
-- organisations, memberships, invoices, payments) have changed: a figure worked out when the
-- count stood at n still holds while it stands at n. Kept by triggers, so that every writer (a
-- use case, an import, the command line, another server) moves it in the same transaction as
-- its change.
CREATE TABLE membership_revisions (
    cluster_id BLOB NOT NULL PRIMARY KEY REFERENCES clusters (id),
    revision BIGINT NOT NULL
);

-- backend-specific: membership_revision_triggers
-- SQLite: a trigger for each change of each table, counting each row.
CREATE TRIGGER membership_types_revise_insert AFTER INSERT ON membership_types BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (NEW.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER membership_types_revise_update AFTER UPDATE ON membership_types BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (NEW.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER membership_types_revise_delete AFTER DELETE ON membership_types BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (OLD.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER organisations_revise_insert AFTER INSERT ON organisations BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (NEW.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER organisations_revise_update AFTER UPDATE ON organisations BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (NEW.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER organisations_revise_delete AFTER DELETE ON organisations BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (OLD.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER memberships_revise_insert AFTER INSERT ON memberships BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (NEW.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER memberships_revise_update AFTER UPDATE ON memberships BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (NEW.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER memberships_revise_delete AFTER DELETE ON memberships BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (OLD.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER invoices_revise_insert AFTER INSERT ON invoices BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (NEW.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER invoices_revise_update AFTER UPDATE ON invoices BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (NEW.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER invoices_revise_delete AFTER DELETE ON invoices BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (OLD.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER payments_revise_insert AFTER INSERT ON payments BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (NEW.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER payments_revise_update AFTER UPDATE ON payments BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (NEW.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER payments_revise_delete AFTER DELETE ON payments BEGIN
    INSERT INTO membership_revisions (cluster_id, revision) VALUES (OLD.cluster_id, 1)
        ON CONFLICT (cluster_id) DO UPDATE SET revision = revision + 1;
END;
-- end backend-specific
