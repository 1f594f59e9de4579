package md.itpp.web.objectives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
class ObjectiveListBeanTest {

    private static final Path LIST_PAGE = Path.of("src/main/webapp/objectives/list.xhtml");
    private static final Pattern SORT_LINK = Pattern.compile("objectiveList\\.sortUrl\\('([^']+)'\\)");

    @Test
    void everySortableColumnMapsToItsOwnServiceOrder() throws IOException {
        String page = Files.readString(LIST_PAGE, StandardCharsets.UTF_8);
        Set<ObjectiveSort> sorts = EnumSet.noneOf(ObjectiveSort.class);
        int columns = 0;
        Matcher matcher = SORT_LINK.matcher(page);
        while (matcher.find()) {
            String key = matcher.group(1);
            assertTrue(ObjectiveListBean.SORTS.containsKey(key), "a column sorts by an unknown key: " + key);
            sorts.add(ObjectiveListBean.SORTS.get(key));
            columns++;
        }
        assertEquals(columns, sorts.size(), "two columns sort the same way (a misspelt key?)");
        assertEquals(EnumSet.allOf(ObjectiveSort.class), sorts, "every order the service offers has its column");
    }
}
