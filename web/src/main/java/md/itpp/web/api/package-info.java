/**
 * The REST API, {@code /api/v1}: a second face of the services the pages call, for programs
 * (the institutions' registers, briefing tools, auditors' tools). Resources only translate
 * between HTTP and the services: every rule, role and visibility check lives in the services.
 * Programs authenticate with personal API tokens ({@code md.itpp.web.security.ApiTokenMechanism});
 * errors are RFC 9457 problem details in the caller's language.
 */
package md.itpp.web.api;
