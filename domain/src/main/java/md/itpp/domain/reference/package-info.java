/**
 * Reference data the objectives point at: the programme, its cooperation areas and the
 * national institutions. Seeded by migrations; administrators keep them up to date
 * (ReferenceAdminService), and objectives point at them.
 */
package md.itpp.domain.reference;
