package md.itpp.web.security;

import static md.itpp.web.security.CrossSiteRequestFilter.fromThisSite;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteRequestFilterTest {

    @Test
    void theBrowsersFetchSiteDecidesWhenItIsSent() {
        assertTrue(fromThisSite("same-origin", null, "itpp.gov.md"));
        assertTrue(fromThisSite("none", null, "itpp.gov.md"));
        assertFalse(fromThisSite("cross-site", "https://itpp.gov.md", "itpp.gov.md"));
        // A sibling host (another application of the same domain) is another origin.
        assertFalse(fromThisSite("same-site", "https://other.gov.md", "itpp.gov.md"));
    }

    @Test
    void otherwiseTheOriginMustNameTheHostAsked() {
        assertTrue(fromThisSite(null, "http://127.0.0.1:8080", "127.0.0.1:8080"));
        // Behind the balancer that ends TLS: the scheme differs, the host and default port do not.
        assertTrue(fromThisSite(null, "https://itpp.gov.md", "itpp.gov.md"));
        assertTrue(fromThisSite(null, "https://itpp.gov.md", "itpp.gov.md:443"));
        assertFalse(fromThisSite(null, "http://127.0.0.1:9090", "127.0.0.1:8080"));
        assertFalse(fromThisSite(null, "https://evil.example", "itpp.gov.md"));
        assertFalse(fromThisSite(null, "https://itpp.gov.md.evil.example", "itpp.gov.md"));
        // Sandboxed frames and some redirects send "null".
        assertFalse(fromThisSite(null, "null", "itpp.gov.md"));
        assertFalse(fromThisSite(null, "not a uri", "itpp.gov.md"));
        assertFalse(fromThisSite(null, "https://itpp.gov.md", null));
    }

    @Test
    void aRequestFromNoPageHasNoVictim() {
        assertTrue(fromThisSite(null, null, "itpp.gov.md"));
    }
}
