/**
 * What the menu of every signed-in page shows the caller: the tasks awaiting them by kind, the
 * progress reports they must write or review, the unread notices. {@link
 * md.itpp.persistence.menu.MenuService#figures} reads them in one service call (one transaction),
 * the figures that only change with a recorded change kept in {@link
 * md.itpp.persistence.audit.StampedCache}.
 */
package md.itpp.persistence.menu;
