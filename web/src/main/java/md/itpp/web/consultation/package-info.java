/**
 * Pages of consultation rounds ({@code /consultation/*}): the rounds list, configuring a round,
 * one round (negotiators: open, close, dispositions, synthesis; consultees: comments and the
 * position), the download of the comment-resolution table, and the notifications page with the
 * menu's bell.
 */
package md.itpp.web.consultation;
