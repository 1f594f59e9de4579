/**
 * Who uses the Workbench: accounts with their roles and institution, and {@link
 * md.itpp.domain.account.Actor}, the caller as the other aggregates' rules see it.
 */
package md.itpp.domain.account;
