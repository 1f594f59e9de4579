/** Accounts: who is calling, password hashing, administration and the first administrator. */
package md.itpp.persistence.account;
