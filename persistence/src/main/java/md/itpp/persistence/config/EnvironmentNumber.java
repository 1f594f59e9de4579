package md.itpp.persistence.config;

import java.util.Map;

/**
 * A whole number the server's environment may set (the scheduler's interval, reminder days, the
 * largest evidence file): unset or blank is the default; anything else must be a number within
 * its bounds, or the application refuses to start with a message naming the variable.
 */
public final class EnvironmentNumber {

    private EnvironmentNumber() {
    }

    /**
     * @throws IllegalStateException when {@code name} is set to something that is not a whole
     *                               number from {@code min} to {@code max}
     */
    public static int of(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new IllegalStateException(name + " must be between " + min + " and " + max + ": " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " is not a number: " + value, e);
        }
    }
}
