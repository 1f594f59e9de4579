/** Browser tests of the assembled EAR: one page object per page, one journey per role. */
package md.itpp.ear.browser;
