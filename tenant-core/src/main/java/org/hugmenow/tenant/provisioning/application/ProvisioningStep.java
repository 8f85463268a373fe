package org.hugmenow.tenant.provisioning.application;

/** The recorded steps of provisioning, in order. Each is idempotent. */
enum ProvisioningStep {
    SCHEMA, REALM, FIRST_ADMIN, ACTIVATE;

    String key() {
        return "provision:" + name().toLowerCase();
    }
}
