/** Tests of the audit trail in the real EAR: recording, concurrency, tampering and its detection. */
package md.itpp.ear.audit;
