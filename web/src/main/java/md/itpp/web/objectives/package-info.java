/** Backing beans of the views under /objectives: the paged list and the detail. */
package md.itpp.web.objectives;
