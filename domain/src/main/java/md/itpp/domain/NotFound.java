package md.itpp.domain;

/**
 * Carried by the refusals that answer as a missing object: no such object, or one the caller
 * may not see. Pages show them as "not found" and the API answers 404, alike, so that the
 * answer does not reveal whether the object exists.
 */
public interface NotFound {
}
