package org.quartiersnetz.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real SMTP server the application sends to during the suite: GreenMail, in this test JVM,
 * on 127.0.0.1 and the fixed port that failsafe also gives Payara (QN_MAIL_PORT, from
 * -Dit.mail.port). Started once per test JVM, before Payara. Tests read the mails the application
 * sent, wait for them (bounded, polling) and follow the links in them.
 */
public final class MailServer {

    /** The outbox worker sends right after the commit, else within its 5 s schedule. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static GreenMail server;

    private MailServer() {}

    public static synchronized void startOnce() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static int port() {
        return Integer.getInteger("qn.it.mail.port", 13025);
    }

    /** Takes the SMTP server down: the application's attempts to send fail until {@link #restart()}. */
    public static synchronized void stop() {
        server.stop();
    }

    /** Brings the SMTP server back, with an empty mailbox. */
    public static synchronized void restart() {
        if (!server.isRunning()) {
            server.start();
        }
    }

    /** The mails received for this address so far, oldest first. */
    public static synchronized List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> isFor(m, address))
                .toList();
    }

    /** Waits until at least {@code count} mails for this address have arrived; answers all of them. */
    public static List<MimeMessage> awaitMails(String address, int count) {
        return await(
                () -> mailsTo(address),
                mails -> mails.size() >= count,
                mails -> "expected " + count + " mail(s) to " + address + " within " + WAIT + ", got " + mails.size());
    }

    /** Waits for the latest mail to this address whose subject starts with the text (mails of other kinds aside). */
    public static MimeMessage awaitSubject(String address, String subjectStart) {
        List<MimeMessage> matching = await(
                () -> mailsTo(address).stream()
                        .filter(m -> subject(m).startsWith(subjectStart))
                        .toList(),
                mails -> !mails.isEmpty(),
                mails -> "expected a mail to " + address + " about \"" + subjectStart + "\" within " + WAIT);
        return matching.get(matching.size() - 1);
    }

    /** How many mails to this address so far have a subject starting with the text. */
    public static long count(String address, String subjectStart) {
        return mailsTo(address).stream()
                .filter(m -> subject(m).startsWith(subjectStart))
                .count();
    }

    /** Waits until {@code count} mails to this address have a subject starting with the text. */
    public static void awaitCount(String address, String subjectStart, long count) {
        await(
                () -> count(address, subjectStart),
                n -> n >= count,
                n -> "expected " + count + " mail(s) to " + address + " about \"" + subjectStart + "\" within " + WAIT
                        + ", got " + n);
    }

    /** Waits for the {@code number}-th mail (1 = the first) to this address. */
    public static MimeMessage awaitMail(String address, int number) {
        return awaitMails(address, number).get(number - 1);
    }

    /**
     * Waits for the {@code number}-th mail (1 = the first) to this address that links to
     * {@code path}, and answers that link. Mails queued close together may arrive in either
     * order; counting only the mails of one kind keeps tests independent of that.
     */
    public static String awaitLink(String address, int number, String path) {
        List<String> links = await(
                () -> mailsTo(address).stream()
                        .map(MailServer::text)
                        .filter(t -> t.contains(path))
                        .map(t -> linkIn(t, path))
                        .toList(),
                found -> found.size() >= number,
                found -> "expected " + number + " mail(s) to " + address + " with a link to " + path + " within " + WAIT
                        + ", got " + found.size());
        return links.get(number - 1);
    }

    /** Reads again every 200 ms until what it reads is done, or fails with the problem after {@link #WAIT}. */
    private static <T> T await(Supplier<T> read, Predicate<T> done, Function<T, String> problem) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            T value = read.get();
            if (done.test(value)) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(problem.apply(value));
            }
            pause();
        }
    }

    public static String linkIn(MimeMessage mail, String path) {
        return linkIn(text(mail), path);
    }

    private static String linkIn(String text, String path) {
        Matcher links = LINK.matcher(text);
        while (links.find()) {
            if (links.group().contains(path)) {
                return links.group();
            }
        }
        throw new AssertionError("no link to " + path + " in: " + text);
    }

    /** The plain-text body, decoded. */
    public static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    public static String sender(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getFrom()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    /** The value of the query parameter "token" of a link. */
    public static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + "token=".length()).split("&")[0];
    }

    private static boolean isFor(MimeMessage mail, String address) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients)
                            .anyMatch(r -> r instanceof InternetAddress i
                                    && i.getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for mail", e);
        }
    }
}
