/**
 * Backing beans of the monitoring pages ({@code /monitoring/}): the periods list and opening
 * form, a period with its reports and figures, and a report with the institution's draft, the
 * contributing input and the negotiator's review, weights and override.
 */
package md.itpp.web.monitoring;
