package md.itpp.persistence.consultation;

import java.io.Serializable;
import java.time.LocalDate;

import md.itpp.domain.consultation.CommentField;
import md.itpp.domain.consultation.CommentType;
import md.itpp.domain.consultation.DispositionType;
import md.itpp.domain.consultation.PositionType;

/**
 * One line of the comment-resolution table (sinteza obiecțiilor și propunerilor): objective and
 * field | institution with letter number and date | comment and proposed wording | type |
 * disposition | justification. Disposition and justification are {@code null} until recorded.
 */
public record SynthesisRow(String objectiveCode, String objectiveTitleEn, String objectiveTitleRo,
                           CommentField field, String institutionAbbreviation, String institutionNameEn,
                           String institutionNameRo, PositionType position, String letterNumber,
                           LocalDate letterDate, String comment, String proposedWording, CommentType type,
                           DispositionType disposition, String justification, Integer appliedRevision)
        implements Serializable {
}
