package md.itpp.ear.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The declared matrix, read from security/access-matrix.txt. */
final class AccessMatrix {

    /** The matrix's columns, in file order. */
    enum Column { NEG, CON, COX, REV, APP, ADM, AUD, ANO }

    record Row(String kind, String target, Map<Column, Boolean> allowed) {
        /** {@code null} when the cell is "-" (does not apply). */
        Boolean allows(Column column) {
            return allowed.get(column);
        }

        String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }
    }

    private AccessMatrix() {
    }

    static List<Row> read() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AccessMatrix.class.getClassLoader().getResourceAsStream("security/access-matrix.txt")) {
            if (in == null) {
                throw new IOException("security/access-matrix.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\\s+");
                if (cells.length != 2 + Column.values().length) {
                    throw new IOException("malformed matrix line: " + line);
                }
                Map<Column, Boolean> allowed = new TreeMap<>();
                for (Column column : Column.values()) {
                    String cell = cells[2 + column.ordinal()];
                    switch (cell) {
                        case "y" -> allowed.put(column, true);
                        case "n" -> allowed.put(column, false);
                        case "-" -> { }
                        default -> throw new IOException("cell must be y, n or -: " + line);
                    }
                }
                rows.add(new Row(cells[0], cells[1], allowed));
            }
        }
        return rows;
    }
}
