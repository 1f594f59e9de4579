package md.itpp.web.ui;

/**
 * One choice of a plain HTML select ({@code <itpp:options>}): its value in the address, its label
 * in the reader's language, and whether it is the one chosen.
 */
public record Choice(String value, String label, boolean selected) {
}
