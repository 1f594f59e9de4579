/**
 * Backing beans of the top-level views (home, login, notifications, with the menu's bell);
 * sub-packages mirror the view folders: a view {@code /x/y.xhtml} is served by a bean in
 * {@code md.itpp.web.x}.
 */
package md.itpp.web;
