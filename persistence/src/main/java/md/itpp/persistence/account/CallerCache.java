package md.itpp.persistence.account;

import jakarta.enterprise.context.RequestScoped;

import md.itpp.domain.account.Actor;

/**
 * The caller as {@link CallerService} last read it in this request. A page calls several
 * services (the list page: count, then one page of rows), and each asks who is calling; the
 * account is read once per request instead. Keyed by the user name, so a sign-in within the
 * request (anonymous, then the user) reads the account again.
 */
@RequestScoped
class CallerCache {

    private String username;
    private Actor actor;

    Actor get(String name) {
        return name.equals(username) ? actor : null;
    }

    void put(String name, Actor value) {
        this.username = name;
        this.actor = value;
    }
}
