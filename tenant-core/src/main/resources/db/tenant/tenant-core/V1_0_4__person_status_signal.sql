-- Every instance caches which callers it has seen as active people. A change of a person's
-- status (or their removal) is signalled on commit, so deactivation takes effect at once on
-- every instance; the cache's short expiry covers a signal lost while a listener reconnects.
CREATE FUNCTION person_status_signal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('person_status', TG_TABLE_SCHEMA || '/' || OLD.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER person_status_changed AFTER UPDATE OF status ON person
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION person_status_signal();
CREATE TRIGGER person_removed AFTER DELETE ON person
    FOR EACH ROW EXECUTE FUNCTION person_status_signal();
