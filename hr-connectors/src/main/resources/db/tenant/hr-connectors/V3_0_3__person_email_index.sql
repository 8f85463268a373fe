-- The identity sync leaves out an email another person of the directory also has: Keycloak keeps
-- emails unique per realm and fails a whole import over one clash.
CREATE INDEX person_email_idx ON person (lower(email));
