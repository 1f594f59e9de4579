/**
 * Pages of consultation rounds ({@code /consultation/*}): the rounds list, configuring a round,
 * one round (negotiators: open, close, dispositions, synthesis; consultees: comments and the
 * position) and the download of the comment-resolution table.
 */
package md.itpp.web.consultation;
