/**
 * Checks that the test server is configured to talk to nothing but the loopback interface:
 * phone home off and Hazelcast off where Payara reads them, every listener on 127.0.0.1.
 */
package md.itpp.ear.network;
