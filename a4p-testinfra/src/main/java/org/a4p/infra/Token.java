package org.a4p.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * ./token.sh: prints a bearer token of the run command's key pair, valid 12 hours, for trying the writes in
 * Swagger UI ("Authorize") or with curl.
 *
 * <pre>
 *   ./token.sh secretariat [user]                 edit recommendations, stakeholders and sessions
 *   ./token.sh delegation "Delegation of Sweden"  manage that delegation's subscriptions
 * </pre>
 */
public final class Token {

    static final Duration VALIDITY = Duration.ofHours(12);

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[1].equals("secretariat") || args[1].equals("delegation"))
                || (args[1].equals("delegation") && (args.length < 3 || args[2].isBlank()))) {
            System.err.println("""
                    usage: ./token.sh secretariat [user]
                           ./token.sh delegation "Delegation of Sweden" [user]""");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        String role = args[1];
        String delegation = role.equals("delegation") ? args[2].strip() : null;
        int userArg = role.equals("delegation") ? 3 : 2;
        String user = args.length > userArg && !args[userArg].isBlank() ? args[userArg].strip()
                : delegation == null ? "secretariat@localhost"
                : "officer@" + delegation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".localhost";
        System.out.println(LocalKeys.ensure(root).sign(user, role, delegation, VALIDITY));
    }
}
