package md.itpp.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jakarta.ejb.ApplicationException;

import md.itpp.domain.objective.ObjectiveNotFoundException;

class BusinessExceptionTest {

    @Test
    void rollsBackTheTransaction() {
        ApplicationException annotation = BusinessException.class.getAnnotation(ApplicationException.class);

        assertTrue(annotation.rollback());
        assertTrue(annotation.inherited());
    }

    @Test
    void carriesKeyAndArgumentsWithoutExposingThem() {
        ValidationException exception = ValidationException.tooLong("titleEn", 500);
        exception.messageArguments()[0] = "changed";

        assertEquals("error.validation.tooLong", exception.messageKey());
        assertArrayEquals(new Object[] {"titleEn", 500}, exception.messageArguments());
        assertEquals("error.validation.tooLong [titleEn, 500]", exception.getMessage());
    }

    @Test
    void accessDeniedLooksLikeNotFound() {
        assertEquals("error.notFound", new AccessDeniedException().messageKey());
        assertEquals(new ObjectiveNotFoundException(4L).messageKey(),
                new AccessDeniedException().messageKey());
    }
}
