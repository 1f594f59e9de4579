/**
 * Review and approval services: the programme's approval chain ({@link ApprovalService}),
 * decisions on submitted revisions, the negotiation with NATO ({@link NegotiationService}) and
 * the task inbox ({@link TaskService}).
 * <p>
 * <b>Task assignment event.</b> Wherever a task is assigned, {@link ApprovalService} fires a
 * CDI {@link TaskAssigned} event inside the deciding transaction:
 * <ul>
 *   <li>on submission, and whenever a review step is done and the next is due: kind
 *       {@code SIGN_OFF}, the step, and the usernames of its reviewers who have not signed;</li>
 *   <li>when the last review step is done: kind {@code APPROVE}, role {@code APPROVER};</li>
 *   <li>on a return: kind {@code REVISE}, the author of the returned text and role {@code NEGOTIATOR};</li>
 *   <li>on approval: kind {@code NATO_STEP}, role {@code NEGOTIATOR}.</li>
 * </ul>
 * {@link TaskNotifications} observes it: an in-app notice to each assignee, written in the
 * deciding transaction (a decision rolled back notifies nobody), and a mail sent once the
 * transaction has committed; role assignees are resolved to accounts there.
 */
package md.itpp.persistence.approval;
