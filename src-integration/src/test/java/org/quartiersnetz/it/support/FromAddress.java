package org.quartiersnetz.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Plain HTTP/1.1 GETs sent from another loopback address (127.0.0.2, 127.0.0.3, …), so that a
 * test can act as a client of its own network address (the per-address sign-in throttle) while
 * the rest of the suite calls from 127.0.0.1. Java's HttpClient cannot choose its local address.
 */
public final class FromAddress {

    private final InetAddress local;
    private final URI base;

    public FromAddress(String localAddress, String base) throws IOException {
        this.local = InetAddress.getByName(localAddress);
        this.base = URI.create(base);
    }

    /** An answer: status, headers (names in lower case) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {}

    /** A GET signed in with HTTP Basic, or anonymous when {@code user} is null. */
    public Answer get(String path, String user, String password) throws IOException {
        String authorization = user == null
                ? ""
                : "\r\nAuthorization: Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(base.getHost(), base.getPort(), local, 0)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                            + "\r\nAccept: application/json" + authorization + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String[] head = response.substring(0, end < 0 ? response.length() : end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).strip());
            }
        }
        String body = end < 0 ? "" : response.substring(end + 4);
        return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, body);
    }
}
