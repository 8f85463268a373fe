-- The tenant directory: people, teams and memberships. Identity providers, SCIM and HR
-- connectors write it; every module reads it. A person's id is their identity-provider subject.
CREATE TABLE person (
    id            text PRIMARY KEY,
    username      text NOT NULL,
    name          text NOT NULL,
    display_name  text,
    status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_name_idx ON person (lower(coalesce(display_name, name)));

CREATE TABLE team (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    parent_id   uuid REFERENCES team (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team_member (
    team_id    uuid NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    person_id  text NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, person_id)
);
CREATE INDEX team_member_person_idx ON team_member (person_id);
