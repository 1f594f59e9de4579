/** Backing beans of the top-level views (home, login); sub-packages mirror the view folders. */
package md.itpp.web;
