/** Integration tests of the services inside the deployed EAR on Payara Server. */
package md.itpp.ear.services;
