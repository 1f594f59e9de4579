/** Datasource, schema migrations and other wiring of the persistence unit. */
package md.itpp.persistence.config;
