/** The audit trail's page: filtering, paging, CSV export and verification of the hash chain. */
package md.itpp.web.audit;
