/**
 * Backing beans of the views under /objectives: the paged list, the detail with its approval
 * panel, the editor with its rows and conflict view, the history of revisions, the comparison of
 * two of them, the dashboard and the programme document it links to.
 */
package md.itpp.web.objectives;
