-- Surveys: questionnaires kept in versions (a questionnaire that has answers is never changed in
-- place), campaigns that send one version to a segment, each contact's personal invitation, and
-- the responses. A response of an anonymous campaign names no invitation: nothing joins it to a
-- person.

CREATE TABLE questionnaires (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    title TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    archived_at TIMESTAMPTZ,
    PRIMARY KEY (cluster_id, id)
);

CREATE TABLE questionnaire_versions (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    questionnaire_id UUID NOT NULL,
    version INTEGER NOT NULL,
    -- The questionnaire, as JSON (`domain::survey::Questionnaire`).
    definition TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, questionnaire_id, version),
    FOREIGN KEY (cluster_id, questionnaire_id) REFERENCES questionnaires (cluster_id, id)
);

CREATE TABLE survey_campaigns (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    questionnaire_id UUID NOT NULL,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    -- The segment it was sent to, and its name then (a segment may be removed since).
    segment_id UUID,
    audience TEXT NOT NULL,
    anonymous BOOLEAN NOT NULL,
    -- The last day answers are taken; links expire after it.
    closes_on DATE NOT NULL,
    -- For a company-performance survey: the year the figures are of.
    figures_year INTEGER,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, questionnaire_id, version)
        REFERENCES questionnaire_versions (cluster_id, questionnaire_id, version)
);

CREATE TABLE survey_invitations (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    campaign_id UUID NOT NULL,
    contact_id UUID NOT NULL,
    organisation_id UUID NOT NULL,
    -- SHA-256 of the personal link's secret.
    token_hash TEXT NOT NULL,
    -- Answers saved on the way, as JSON, until they are sent.
    draft TEXT,
    answered BOOLEAN NOT NULL,
    invited_at TIMESTAMPTZ NOT NULL,
    reminded_at TIMESTAMPTZ,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, campaign_id) REFERENCES survey_campaigns (cluster_id, id),
    FOREIGN KEY (cluster_id, contact_id) REFERENCES contacts (cluster_id, id),
    FOREIGN KEY (cluster_id, organisation_id) REFERENCES organisations (cluster_id, id)
);
CREATE INDEX survey_invitations_campaign ON survey_invitations (cluster_id, campaign_id);
CREATE UNIQUE INDEX survey_invitations_token ON survey_invitations (cluster_id, token_hash);
CREATE INDEX survey_invitations_contact ON survey_invitations (cluster_id, contact_id);
CREATE INDEX survey_invitations_organisation ON survey_invitations (cluster_id, organisation_id);

CREATE TABLE survey_responses (
    cluster_id UUID NOT NULL REFERENCES clusters (id),
    id UUID NOT NULL,
    campaign_id UUID NOT NULL,
    -- The invitation answered; NULL in an anonymous campaign and for answers imported.
    invitation_id UUID,
    -- The respondent's organisation's kind and size class when they answered, for the results.
    organisation_kind TEXT,
    size_class TEXT,
    -- The answers, as JSON (`domain::survey::Answers`).
    answers TEXT NOT NULL,
    submitted_on DATE NOT NULL,
    import_id UUID,
    PRIMARY KEY (cluster_id, id),
    FOREIGN KEY (cluster_id, campaign_id) REFERENCES survey_campaigns (cluster_id, id),
    FOREIGN KEY (cluster_id, invitation_id) REFERENCES survey_invitations (cluster_id, id)
);
CREATE INDEX survey_responses_campaign ON survey_responses (cluster_id, campaign_id);
CREATE UNIQUE INDEX survey_responses_invitation ON survey_responses (cluster_id, invitation_id);
CREATE INDEX survey_responses_import ON survey_responses (cluster_id, import_id);
