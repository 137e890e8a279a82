/**
 * The platform every module stands on: the embedded PostgreSQL, the clock, security (who is calling, with which role,
 * for which organization), RFC 9457 problem responses and message bundles. It holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.globaldesk.platform;
