package md.itpp.domain.objective;

import md.itpp.domain.BusinessException;

/**
 * One person would hold two duties that must stay apart: writing and signing off, writing and
 * approving, signing off and approving the same content, two steps of one approval chain, or
 * administering the system and deciding content. The message key is the rule's.
 */
public class SegregationOfDutiesException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** The duties that were about to meet in one person. */
    public enum Rule {
        AUTHOR_SIGNS_OFF("error.segregation.authorCannotSignOff"),
        AUTHOR_APPROVES("error.segregation.authorCannotApprove"),
        SIGNER_APPROVES("error.segregation.signerCannotApprove"),
        /** IT administrators never decide content, even with a reviewer's or approver's role. */
        ADMINISTRATOR_DECIDES("error.segregation.administratorCannotDecide"),
        /** One person fills at most one step of an approval chain (final approval included). */
        TWO_STEPS_ONE_PERSON("error.segregation.twoStepsOnePerson");

        private final String messageKey;

        Rule(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Rule rule;

    public SegregationOfDutiesException(Rule rule) {
        super(rule.messageKey());
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
