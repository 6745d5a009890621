// API keys: (:ApiKey {id, name, role, hash, createdAt, createdBy, revokedAt}); the id is the visible part of the key.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
// Audit trail: (:AuditEntry {id, atMs, at, identityId, identityKind, identityName, role, mutation, ids}), newest first by (atMs, id).
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_entry_order IF NOT EXISTS FOR (e:AuditEntry) ON (e.atMs, e.id);
