/** Backing beans of the views under /admin, for IT administrators. */
package md.itpp.web.admin;
