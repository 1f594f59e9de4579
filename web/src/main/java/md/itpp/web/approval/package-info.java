/**
 * Review and approval pages: the approval panel of an objective's page (chain, decisions bound
 * to revisions, the caller's actions), the task inbox and its counts in the menu, and the
 * administrator's chain configuration.
 */
package md.itpp.web.approval;
