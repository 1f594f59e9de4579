/**
 * Backing beans of the views under /admin, for IT administrators: accounts, reference data and
 * the approval chain.
 */
package md.itpp.web.admin;
