/**
 * Reference data the objectives point at: the programme, its cooperation areas and the
 * national institutions. Loaded by migrations and read-only in the application.
 */
package md.itpp.domain.reference;
