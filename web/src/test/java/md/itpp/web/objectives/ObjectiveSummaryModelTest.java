package md.itpp.web.objectives;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import md.itpp.persistence.objective.ObjectiveSort;

/** The sortable columns of the list page and the orders the service offers stay in step. */
class ObjectiveSummaryModelTest {

    private static final Path LIST_PAGE = Path.of("src/main/webapp/objectives/list.xhtml");
    private static final Pattern FIELD = Pattern.compile("<p:column[^>]*\\sfield=\"([^\"]+)\"");

    @Test
    void everySortableColumnMapsToItsOwnServiceOrder() throws IOException {
        String page = Files.readString(LIST_PAGE, StandardCharsets.UTF_8);
        Set<ObjectiveSort> sorts = EnumSet.noneOf(ObjectiveSort.class);
        int columns = 0;
        Matcher matcher = FIELD.matcher(page);
        while (matcher.find()) {
            sorts.add(ObjectiveSummaryModel.sortFor(matcher.group(1)));
            columns++;
        }
        assertEquals(columns, sorts.size(), "two columns sort the same way (a misspelt field?)");
        assertEquals(EnumSet.allOf(ObjectiveSort.class), sorts);
    }

    @Test
    void noOrderMeansByCode() {
        assertEquals(ObjectiveSort.CODE, ObjectiveSummaryModel.sortFor(null));
    }
}
