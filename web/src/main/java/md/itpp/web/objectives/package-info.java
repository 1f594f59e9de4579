/**
 * Backing beans of the views under /objectives: the paged list, the detail, the editor with its
 * rows and conflict view, the history of revisions and the comparison of two of them.
 */
package md.itpp.web.objectives;
