package md.itpp.persistence.monitoring;

import java.io.Serializable;
import java.util.List;

/**
 * What an uploaded workbook did: applied (with the number of rows read and of reports changed),
 * or nothing, with every fault ({@code "I5: ..."}) and the same workbook with them marked.
 */
public record WorkbookUpload(boolean applied, int rows, int reportsChanged, List<String> faults, byte[] marked)
        implements Serializable {

    public WorkbookUpload {
        faults = List.copyOf(faults);
    }
}
