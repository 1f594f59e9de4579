/** Tests of the REST API over real HTTP against the deployed EAR, with real personal tokens. */
package md.itpp.ear.api;
