package md.itpp.ear.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.openqa.selenium.WebDriver;

import md.itpp.ear.browser.Browser;

/**
 * What the cluster tests are told by {@code ops/cluster/check.sh} (system properties), and what
 * they do with it: the balancer's address, its certificate (trusted by Chromium and by the HTTP
 * client, and nothing else), the first administrator's credentials and the script that kills and
 * starts an instance.
 */
final class ClusterSettings {

    /** The balancer, {@code https://127.0.0.1:PORT/}. */
    static final String BASE = System.getProperty("cluster.base", "");
    static final String ADMIN = System.getProperty("cluster.admin.user", "it.admin");
    /** HAProxy's sticky cookie: its value is the instance that serves the session. */
    static final String NODE_COOKIE = "ITPPNODE";

    private ClusterSettings() {
    }

    static String adminPassword() {
        try {
            return Files.readString(Path.of(System.getProperty("cluster.admin.password.file")), StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X509Certificate certificate() {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("cluster.ca")))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Chromium trusting the balancer's certificate by its key's hash (base64 SHA-256 of the SPKI). */
    static WebDriver chromium() {
        try {
            String hash = Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(certificate().getPublicKey().getEncoded()));
            return Browser.start("en", "--ignore-certificate-errors-spki-list=" + hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** TLS trusting the balancer's certificate only. */
    static SSLContext tls() {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("cluster", certificate());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code ops/cluster/instance.sh COMMAND INSTANCE} (kill, start) and waits for it. */
    static void instance(String command, String instance) {
        try {
            Process process = new ProcessBuilder(System.getProperty("cluster.instance.script"), command, instance)
                    .inheritIO().start();
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("instance.sh " + command + " " + instance + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
