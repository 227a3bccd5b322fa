package org.a4p.testing;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The mailbox of one address on the real mail server of {@link TestInfra}, read over IMAP as a mail client reads it:
 * every message as the exact bytes the SMTP server received, parsed by Jakarta Mail.
 */
public final class Mailbox {

    private final String address;

    private Mailbox(String address) {
        this.address = address;
    }

    public static Mailbox of(String address) {
        return new Mailbox(address);
    }

    public String address() {
        return address;
    }

    /** Every message received so far, oldest first (none if nothing ever arrived for the address). */
    public List<MimeMessage> messages() {
        Properties p = new Properties();
        p.setProperty("mail.imap.connectiontimeout", "10000");
        p.setProperty("mail.imap.timeout", "10000");
        Session session = Session.getInstance(p);
        try (Store store = session.getStore("imap")) {
            store.connect(TestInfra.mailHost(), TestInfra.imapPort(), address, "any");
            Folder inbox = store.getFolder("INBOX");
            if (!inbox.exists()) {
                return List.of();
            }
            inbox.open(Folder.READ_ONLY);
            try {
                List<MimeMessage> out = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    // a detached copy from the raw bytes: readable after the folder closes
                    ByteArrayOutputStream raw = new ByteArrayOutputStream();
                    m.writeTo(raw);
                    out.add(new MimeMessage(session, new ByteArrayInputStream(raw.toByteArray())));
                }
                return out;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    /** Waits (up to {@code timeout}) until {@code count} messages matching {@code which} have arrived, and returns them. */
    public List<MimeMessage> await(int count, Predicate<MimeMessage> which, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found;
        do {
            found = messages().stream().filter(which).toList();
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected " + count + " message(s) for " + address + " within " + timeout
                + ", found " + found.size());
    }

    /** A message's header value, or null. */
    public static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
