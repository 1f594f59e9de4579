/** What IT's tools read: MicroProfile Health checks (readiness, liveness) and the application's metrics. */
package md.itpp.web.operations;
