package md.itpp.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A second, strong secret bound to the signed-in session. Payara's session ids carry about 56
 * random bits, less than the 128 ASVS asks; so at login the session also gets 128 random bits,
 * kept in the session and sent to the browser in a {@value #COOKIE} cookie ({@code Secure},
 * {@code HttpOnly}, {@code SameSite=Strict}, whole site, no domain: the prefix makes browsers
 * enforce that). A request that shows the session id without the matching token is not
 * signed in ({@link SessionGuardFilter}): guessing the session id alone is not enough.
 */
public final class SessionToken {

    public static final String COOKIE = "__Host-itpp-token";
    static final String ATTRIBUTE = SessionToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 16;

    private SessionToken() {
    }

    /** Gives the (already renewed) session a fresh token and sends it to the browser. */
    public static void issue(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.getSession().setAttribute(ATTRIBUTE, token);
        // Written by hand: the Servlet 6 Cookie API has SameSite only as a generic attribute.
        response.addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; Secure; HttpOnly; SameSite=Strict");
    }

    /** Whether the request carries the token of its session; a session without one has none to show. */
    static boolean matches(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(ATTRIBUTE);
        if (expected == null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())
                    && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.US_ASCII),
                            cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    /** Tells the browser to forget the token. */
    static void clear(HttpServletResponse response) {
        response.addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict");
    }
}
