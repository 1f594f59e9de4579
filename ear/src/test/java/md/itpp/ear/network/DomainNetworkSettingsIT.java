package md.itpp.ear.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test server's domain.xml, as the build prepared it (and as the server rewrote it if it
 * has started already), keeps phone home and the Data Grid off where Payara reads them and
 * binds every listener to loopback; the same check refuses Payara's untouched domain.xml and a
 * domain whose phone-home element is missing, enabled, or only at domain level.
 */
class DomainNetworkSettingsIT {

    private static final Path TEST_DOMAIN = Path.of(System.getProperty("payara.home"),
            "glassfish", "domains", "domain1", "config", "domain.xml");
    private static final Path PRISTINE_DOMAIN = Path.of(System.getProperty("it.pristine.domain.xml"));

    @Test
    void theTestServerTalksToLoopbackOnly() throws IOException {
        assertEquals(List.of(), DomainNetworkSettings.problems(TEST_DOMAIN));
    }

    @Test
    void payarasOwnDomainIsRefused() throws IOException {
        List<String> problems = DomainNetworkSettings.problems(PRISTINE_DOMAIN);
        assertTrue(problems.contains("server-config has no phone-home-runtime-configuration: phone home is on"), problems::toString);
        assertTrue(problems.contains("server-config's Hazelcast (Data Grid) is not enabled=\"false\""), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("network-listener http-listener-1 is bound to")), problems::toString);
    }

    @Test
    void aPhoneHomeElementMissingEnabledOrAtDomainLevelIsRefused(@TempDir Path dir) throws IOException {
        String good = Files.readString(TEST_DOMAIN, StandardCharsets.UTF_8);
        // Payara adds attributes of its own (phone-home-id) when it rewrites the file.
        String element = "(<phone-home-runtime-configuration[^>]*?) enabled=\"false\"";
        assertTrue(Pattern.compile(element).matcher(good).find(), "the test domain has no disabled phone-home element");

        Path enabled = dir.resolve("enabled.xml");
        Files.writeString(enabled, good.replaceAll(element, "$1 enabled=\"true\""));
        assertTrue(DomainNetworkSettings.problems(enabled)
                .contains("server-config's phone-home-runtime-configuration is not enabled=\"false\""));

        Path noAttribute = dir.resolve("default.xml");
        Files.writeString(noAttribute, good.replaceAll(element, "$1"));
        assertTrue(DomainNetworkSettings.problems(noAttribute)
                .contains("server-config's phone-home-runtime-configuration is not enabled=\"false\""));

        // Moved out of the configs to domain level, where Payara does not read it.
        Path domainLevel = dir.resolve("domain-level.xml");
        String withoutInConfig = good.replaceAll("<phone-home-runtime-configuration[^>]*(/>|>\\s*</phone-home-runtime-configuration>)", "");
        Files.writeString(domainLevel, withoutInConfig.replaceFirst("<configs>",
                "<phone-home-runtime-configuration enabled=\"false\"></phone-home-runtime-configuration><configs>"));
        assertTrue(DomainNetworkSettings.problems(domainLevel)
                .contains("server-config has no phone-home-runtime-configuration: phone home is on"));
    }
}
