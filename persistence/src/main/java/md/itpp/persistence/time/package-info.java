/**
 * Time: {@link md.itpp.persistence.time.WorkbenchClock}, the one clock services and the
 * consultation scheduler read "now" from (injected as {@link java.time.Clock}), always UTC, as
 * the data is; and {@link md.itpp.persistence.time.WorkbenchClock#PEOPLE}, the zone in which
 * dates and times are shown to people and mailed to them.
 */
package md.itpp.persistence.time;
