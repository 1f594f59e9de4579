/**
 * Security tests over raw HTTP against the real EAR: sessions, cookies, headers, CSRF, lockout,
 * account administration's effect on sessions, and the authorization matrix.
 */
package md.itpp.ear.security;
