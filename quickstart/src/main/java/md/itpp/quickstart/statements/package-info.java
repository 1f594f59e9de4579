/**
 * Counting the SQL statements each request makes, for the test that fails when a page's
 * statements grow with the data (QueryCountIT). Off unless the server is started with
 * {@code -Dhibernate.session_factory.statement_inspector=md.itpp.quickstart.statements.StatementCounter};
 * never part of the EAR that IT deploys.
 */
package md.itpp.quickstart.statements;
