package org.a4p.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of every service and the dashboard (the platform is in each one's index).
 *
 * <p>Quarkus checks each request target before any route and answers one that is no URI with an empty 400, no
 * problem document, before the platform's routes can see it. Its check is switched off here, before Quarkus starts
 * (it reads the system property once), so that {@code http.RequestTextFilter} answers the same requests with a
 * problem instead. Tests set the same property in the build (the root pom), as they do not run this main.
 */
@QuarkusMain
public final class A4pMain {

    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    private A4pMain() {
    }

    public static void main(String... args) {
        if (System.getProperty(URI_VALIDATION_OFF) == null) {
            System.setProperty(URI_VALIDATION_OFF, "true");
        }
        Quarkus.run(args);
    }
}
