package io.backupconsole.aws.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A custom CA bundle ({@code AWS_CA_BUNDLE}, or {@code ca_bundle} in the profile): PEM certificates trusted in
 * addition to the system trust store, as the AWS CLI does for a TLS-inspecting corporate proxy. Pure; reads the
 * file once.
 */
public final class CaBundle {
    private CaBundle() {}

    /**
     * The certificates of a PEM bundle.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            CertificateFactory.getInstance("X.509")
                    .generateCertificates(in)
                    .forEach(c -> certificates.add((X509Certificate) c));
            if (certificates.isEmpty()) {
                throw unusable(file, "it holds no PEM certificate");
            }
            return List.copyOf(certificates);
        } catch (IOException e) {
            throw unusable(file, "it cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } catch (CertificateException e) {
            throw unusable(file, "it is not a PEM certificate bundle (" + e.getMessage() + ")");
        }
    }

    private static IllegalArgumentException unusable(Path file, String why) {
        return new IllegalArgumentException("The CA bundle " + file + " cannot be used: " + why + ".");
    }

    /** Trust managers that accept what the system trust store accepts, or else what the bundle's CAs sign. */
    public static TrustManager[] trustManagers(List<X509Certificate> bundle) {
        try {
            X509TrustManager system = x509(null);
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < bundle.size(); i++) {
                store.setCertificateEntry("ca-bundle-" + i, bundle.get(i));
            }
            return new TrustManager[] {new EitherTrustManager(system, x509(store))};
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The JDK's trust managers are not available", e);
        }
    }

    private static X509TrustManager x509(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return Arrays.stream(factory.getTrustManagers())
                .filter(X509TrustManager.class::isInstance)
                .map(X509TrustManager.class::cast)
                .findFirst()
                .orElseThrow(() -> new GeneralSecurityException("No X.509 trust manager"));
    }

    /** Trusts a chain when the first manager does, or else when the second does. Thread-safe (both are). */
    private record EitherTrustManager(X509TrustManager first, X509TrustManager second) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkClientTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkClientTrusted(chain, authType);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
