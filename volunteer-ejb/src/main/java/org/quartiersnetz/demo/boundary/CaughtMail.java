package org.quartiersnetz.demo.boundary;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One mail the catcher received: as the recipient would read it. */
public record CaughtMail(int number, Instant receivedAt, String to, String subject, String text) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** The links in the text, to open them with a click. */
    public List<String> links() {
        Matcher matcher = LINK.matcher(text);
        return matcher.results().map(m -> m.group()).toList();
    }
}
