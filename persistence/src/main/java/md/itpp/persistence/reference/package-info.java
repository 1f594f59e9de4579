/**
 * The reference data: the programme, cooperation areas and institutions, read by every role
 * that reads programme content ({@link md.itpp.persistence.reference.ReferenceService}) and
 * kept up to date by administrators ({@link md.itpp.persistence.reference.ReferenceAdminService}).
 */
package md.itpp.persistence.reference;
