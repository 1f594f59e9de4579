package md.itpp.persistence.objective;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the programme's outline: its top-level rows in code order, each strategic
 * objective followed by its visible goals, and how many top-level rows the whole outline has.
 */
public record OutlinePage(List<OutlineRow> rows, long topLevelCount) implements Serializable {

    public OutlinePage {
        rows = List.copyOf(rows);
    }
}
