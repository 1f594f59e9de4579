package md.itpp.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VersionsTest {

    private record Comment(long id, long version, String text) {
    }

    private record Round(long id, long version, List<Comment> comments) {
    }

    @Test
    void aViewsTagStartsWithTheVersionAndFollowsEveryPart() {
        String tag = Versions.viewTag(4, new Round(1, 4, List.of(new Comment(7, 0, "Text"), new Comment(8, 2, "Other"))));
        assertTrue(tag.matches("4-[0-9a-f]{16}"), tag);
        assertEquals(tag, Versions.viewTag(4, new Round(1, 4, List.of(new Comment(7, 0, "Text"), new Comment(8, 2, "Other")))),
                "the same view has the same tag");
        assertNotEquals(tag, Versions.viewTag(4, new Round(1, 4, List.of(new Comment(7, 1, "Text"), new Comment(8, 2, "Other")))),
                "a comment's new version changes the round's tag");
        assertNotEquals(tag, Versions.viewTag(4, new Round(1, 4, List.of(new Comment(7, 0, "Text")))),
                "so does a comment fewer");
    }
}
