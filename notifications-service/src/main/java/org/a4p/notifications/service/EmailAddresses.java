package org.a4p.notifications.service;

import org.a4p.platform.problem.ProblemException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The addresses an e-mail subscription may name: a plain {@code local@domain} (RFC 5321 dot-atom, ASCII), a domain
 * of DNS labels with at least one dot, at most 254 characters. No display name, comment, quoting or line break can
 * pass, so nothing of the address can add a header to a mail.
 */
final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddresses() {
    }

    /** @return the address with its domain in lower case */
    static String check(String field, String value) {
        String v = value.strip();
        if (v.length() > 254 || v.indexOf('@') > 64 || !ADDRESS.matcher(v).matches()) {
            throw ProblemException.badRequest(field, "must be an e-mail address (local@domain.example)");
        }
        int at = v.lastIndexOf('@');
        return v.substring(0, at) + v.substring(at).toLowerCase(Locale.ROOT);
    }
}
