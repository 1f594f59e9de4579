/** Tests of the assembled release EAR on Payara Server: services in-container, and browsers. */
package md.itpp.ear;
