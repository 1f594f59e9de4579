/** Services over objectives: the paged list, the detail, and (later) their lifecycle. */
package md.itpp.persistence.objective;
