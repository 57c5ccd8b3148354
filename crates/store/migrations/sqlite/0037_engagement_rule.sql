-- The rule for an active member grows two settings of the cluster's own: how many months a new
-- member is not counted at risk, and which activities count (codes separated by commas:
-- events, working_groups, services, surveys).
ALTER TABLE clusters ADD COLUMN engagement_grace_months BIGINT NOT NULL DEFAULT 6;
ALTER TABLE clusters ADD COLUMN engagement_counts TEXT NOT NULL DEFAULT 'events,services,surveys';
