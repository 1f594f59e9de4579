/** The quick start's demo data and demo accounts; never part of the EAR that IT deploys. */
package md.itpp.quickstart;
