/**
 * Texts the application writes outside pages (mail, notices' documents, exported tables) and
 * the labels of every domain enum, pages included: {@link md.itpp.persistence.text.ServerTexts}
 * loads them, in Romanian or English by the one rule of {@link md.itpp.domain.Bilingual}, and
 * formats times by one policy: Chișinău time for people, UTC where a record says so.
 * The labels live in one bundle, {@code labels.properties} / {@code labels_ro.properties}
 * next to this package, key {@code enum.<SimpleName>.<CONSTANT>}.
 */
package md.itpp.persistence.text;
