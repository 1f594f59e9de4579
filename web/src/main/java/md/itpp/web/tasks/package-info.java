/** Backing beans of the views under /tasks: the task inbox, and its counts in every page's menu. */
package md.itpp.web.tasks;
