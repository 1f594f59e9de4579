package md.itpp.web.audit;

/**
 * CSV rows as RFC 4180 writes them, safe to open in a spreadsheet: a cell that starts with
 * {@code = + - @} (or a tab or carriage return) gets a leading apostrophe, so that text a user
 * typed (say, as a user name at a failed login) is shown and never run as a formula.
 */
final class Csv {

    private Csv() {
    }

    static String row(String... cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        return out.append("\r\n").toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
