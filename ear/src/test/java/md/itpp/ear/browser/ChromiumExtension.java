package md.itpp.ear.browser;

import java.lang.reflect.Field;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a {@link BrowserSession}: Chromium started for that test and quit when the
 * test ends, passed or failed (JUnit closes what the test's store holds). The session is set
 * into the test's {@code BrowserSession} fields before each test, and passed to test and
 * lifecycle methods that declare it. The application's address comes from {@code it.base.url},
 * which the build sets to the test server.
 */
public final class ChromiumExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == BrowserSession.class) {
                    field.setAccessible(true);
                    field.set(test, session(context));
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return session(context);
    }

    private static BrowserSession session(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(BrowserSession.class,
                key -> new BrowserSession(Browser.start("en"), baseUrl()), BrowserSession.class);
    }

    private static String baseUrl() {
        String base = System.getProperty("it.base.url");
        if (base == null) {
            throw new IllegalStateException("it.base.url is not set: run the browser tests through the build");
        }
        return base.endsWith("/") ? base : base + "/";
    }
}
