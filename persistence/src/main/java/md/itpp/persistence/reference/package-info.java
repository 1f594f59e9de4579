/** Read access to the reference data: programme, cooperation areas, institutions. */
package md.itpp.persistence.reference;
