package md.itpp.persistence.consultation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentStatus;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.DispositionType;
import md.itpp.domain.consultation.PositionType;
import md.itpp.domain.consultation.RoundState;
import md.itpp.domain.objective.ObjectiveStatus;
import md.itpp.domain.Bilingual;

/**
 * A round as one caller may see it: a consultee gets only their own institution's invitation
 * and comments; negotiators and auditors get every invitation and only submitted comments.
 * Built inside the service's transaction, so pages never touch lazy entities.
 *
 * @param myInvitation the caller's institution's invitation (consultees), or {@code null}
 * @param focalPoint   whether the caller is that institution's focal point
 * @param acceptsInput whether the round takes comments and positions now (open, before the deadline)
 * @param comments     one page of the comments the caller may see, in table order
 * @param commentCount how many comments the caller may see in all
 * @param firstComment the position of the page's first comment among them (from 0)
 */
public record RoundView(long id, long version, String title, RoundState state, Instant deadline, String createdBy,
                        Instant openedAt, Instant closedAt, boolean closedAutomatically, Instant finalizedAt,
                        List<ObjectiveItem> objectives, List<InvitationItem> invitations,
                        List<CommentItem> comments, InvitationItem myInvitation, boolean focalPoint,
                        boolean acceptsInput, long undisposed, long commentCount, int firstComment)
        implements Serializable {

    public RoundView {
        objectives = List.copyOf(objectives);
        invitations = List.copyOf(invitations);
        comments = List.copyOf(comments);
    }

    /** An objective of the round: the frozen revision's text (current text while planned). */
    public record ObjectiveItem(long objectiveId, String code, ObjectiveStatus status, long objectiveVersion,
                                Integer revisionNumber, String sha256, String titleEn, String titleRo,
                                String textEn, String textRo) implements Serializable {

        public String title(Locale locale) {
            return pick(locale, titleEn, titleRo);
        }

        public String text(Locale locale) {
            return pick(locale, textEn, textRo);
        }
    }

    public record InvitationItem(long id, long institutionId, String institutionCode, String abbreviation,
                                 String nameEn, String nameRo, PositionType position, String letterNumber,
                                 LocalDate letterDate, Instant submittedAt, String submittedBy,
                                 Instant remindedAt) implements Serializable {

        public boolean submitted() {
            return submittedAt != null;
        }

        public String name(Locale locale) {
            return pick(locale, nameEn, nameRo);
        }
    }

    public record CommentItem(long id, long version, long objectiveId, String objectiveCode, CommentField field,
                              CommentType type, String text, String proposedWording, CommentStatus status,
                              String author, String abbreviation, String institutionNameEn, String institutionNameRo,
                              String letterNumber, LocalDate letterDate, DispositionType disposition,
                              String justification, Integer appliedRevision, boolean editable,
                              boolean applicable) implements Serializable {

        public String institutionName(Locale locale) {
            return pick(locale, institutionNameEn, institutionNameRo);
        }
    }

    private static String pick(Locale locale, String english, String romanian) {
        return Bilingual.of(english, romanian).in(locale);
    }

    public int submittedCount() {
        return (int) invitations.stream().filter(InvitationItem::submitted).count();
    }
}
