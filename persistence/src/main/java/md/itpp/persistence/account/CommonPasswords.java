package md.itpp.persistence.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords that attackers try first.
 * <p>
 * The list ({@code common-passwords.txt}, 19,640 entries, bundled and never downloaded) is the
 * one Django's {@code CommonPasswordValidator} ships: Royce Williams' 2017 compilation of the
 * 20,000 most frequent passwords in public breach corpora. Since most of them are shorter than
 * the minimum length, a password also counts as common when what is left after removing digits
 * and symbols from its ends is on the list ({@code Password2025!}, {@code 123qwerty123}), or when
 * it repeats a short piece ({@code qwertyqwerty}, {@code abcabcabcabc}).
 */
public final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt";
    /** Shorter remainders say too little to refuse on ({@code ab2025!...} is not "ab"). */
    private static final int MIN_REMAINDER = 4;
    /** A password made of one piece of this length or less, repeated, is refused. */
    private static final int MAX_REPEATED_PIECE = 6;

    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    public static int size() {
        return LIST.size();
    }

    public static boolean isCommon(String password) {
        if (password == null) {
            return false;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (LIST.contains(lower)) {
            return true;
        }
        String core = stripEnds(lower);
        if (core.length() >= MIN_REMAINDER && LIST.contains(core)) {
            return true;
        }
        return repeatsShortPiece(lower) || repeatsShortPiece(core) && core.length() >= MIN_REMAINDER;
    }

    private static String stripEnds(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean repeatsShortPiece(String text) {
        for (int piece = 1; piece <= MAX_REPEATED_PIECE && piece * 2 <= text.length(); piece++) {
            if (text.length() % piece == 0 && text.equals(text.substring(0, piece).repeat(text.length() / piece))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The common password list " + RESOURCE + " is missing");
            }
            Set<String> passwords = new HashSet<>(32_768);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty()) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
