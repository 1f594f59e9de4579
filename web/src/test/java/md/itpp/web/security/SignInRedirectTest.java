package md.itpp.web.security;

import static md.itpp.web.security.SignInRedirect.localTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SignInRedirectTest {

    @Test
    void aPageOfThisApplicationIsKept() {
        assertEquals("/objectives/list.xhtml", localTarget("/objectives/list.xhtml"));
        assertEquals("/objectives/detail.xhtml?id=12&tab=history", localTarget("/objectives/detail.xhtml?id=12&tab=history"));
    }

    @Test
    void nothingLeadsToAnotherSite() {
        assertNull(localTarget(null));
        assertNull(localTarget(""));
        assertNull(localTarget("https://evil.example/"));
        assertNull(localTarget("//evil.example/"));
        // Browsers read a backslash as a slash: "/\evil.example" is "//evil.example".
        assertNull(localTarget("/\\evil.example"));
        assertNull(localTarget("evil.example"));
        assertNull(localTarget("/index.xhtml\r\nSet-Cookie: x=y"));
        assertNull(localTarget("/\tevil.example"));
    }

    @Test
    void theSignInAndErrorPagesAreNotWhereASignInLeads() {
        assertNull(localTarget("/login.xhtml?signedOut=true"));
        assertNull(localTarget("/errors/error.xhtml"));
        assertNull(localTarget("/x".repeat(1001)));
    }
}
