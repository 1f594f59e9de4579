/**
 * What every aggregate's repository and service shares: {@link md.itpp.persistence.store.Store},
 * the one place that writes pending changes and turns a lost race (an optimistic lock, or a
 * unique constraint only a concurrent write can breach) into the domain's translated
 * {@link md.itpp.domain.ConcurrentChangeException} or the exception the caller names; and
 * {@link md.itpp.persistence.store.ReadOnly}, for a page's read that loads many entities only to
 * make values of them.
 */
package md.itpp.persistence.store;
