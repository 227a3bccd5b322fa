package org.a4p.infra;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server and an IMAP server over the same mailboxes (GreenMail), on loopback. Every address gets a
 * mailbox when mail first arrives for it; IMAP logs in with the address as user name and any password.
 *
 * <p>The SMTP server is its own service over the IMAP server's store, so it can be stopped and started again (a mail
 * server outage) while the mail received so far stays readable.
 */
final class MailNode {

    private static final String HOST = "127.0.0.1";

    private int smtpPort;
    /** The SMTP port was picked free, not given: another process may take it before we bind, so pick again. */
    private final boolean pickedPort;
    private final int imapPort;
    private GreenMail imap;
    private SmtpServer smtp;

    MailNode(int smtpPort, int imapPort, boolean pickedPort) {
        this.smtpPort = smtpPort;
        this.pickedPort = pickedPort;
        this.imapPort = imapPort;
    }

    synchronized void start() throws InterruptedException {
        if (imap == null) {
            imap = new GreenMail(new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP));
            imap.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            imap.start();
        }
        // a port found free a moment ago can be taken by then (an ephemeral port of a Kafka client, say): up to 3 ports
        for (int attempt = 1; ; attempt++) {
            try {
                startSmtp();
                return;
            } catch (IllegalStateException e) {
                if (!pickedPort || attempt == 3) {
                    throw e;
                }
                try {
                    smtp.stopService();
                } catch (RuntimeException ignored) {
                    // it never listened
                }
                smtp = null;
                System.out.println("[infra] " + e.getMessage() + "; trying another port");
                smtpPort = LocalInfra.port("0");
            }
        }
    }

    synchronized void startSmtp() throws InterruptedException {
        if (smtp != null && smtp.isRunning()) {
            return;
        }
        smtp = new SmtpServer(new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP), imap.getManagers());
        smtp.startService();
        if (!smtp.waitTillRunning(10_000)) {
            throw new IllegalStateException("SMTP server did not start on " + HOST + ":" + smtpPort);
        }
        System.out.println("[infra] SMTP server listening on " + HOST + ":" + smtpPort);
    }

    synchronized void stopSmtp() {
        if (smtp != null) {
            smtp.stopService();
            smtp = null;
            System.out.println("[infra] SMTP server stopped");
        }
    }

    synchronized void stop() {
        stopSmtp();
        if (imap != null) {
            imap.stop();
            imap = null;
        }
    }

    synchronized boolean smtpRunning() {
        return smtp != null && smtp.isRunning();
    }

    String host() {
        return HOST;
    }

    int smtpPort() {
        return smtpPort;
    }

    int imapPort() {
        return imapPort;
    }
}
