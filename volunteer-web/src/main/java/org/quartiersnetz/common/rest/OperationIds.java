package org.quartiersnetz.common.rest;

import java.util.Locale;

/**
 * The operationId of an operation from its HTTP method and path, so that it is unique (no two
 * operations share both) and stays the same while the path does: "GET /api/v1/tasks/{id}/slots"
 * is "getTasksByIdSlots", "POST /api/v1/account/confirmation-mails" "postAccountConfirmationMails".
 */
final class OperationIds {

    private static final String PREFIX = "/api/v1/";

    private OperationIds() {}

    static String of(String verb, String path) {
        StringBuilder id = new StringBuilder(verb.toLowerCase(Locale.ROOT));
        String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        for (String segment : rest.split("/")) {
            id.append(camel(segment.replaceAll("\\{(\\w+)}", "-by-$1-")));
        }
        return id.toString();
    }

    private static String camel(String words) {
        StringBuilder camel = new StringBuilder();
        for (String word : words.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return camel.toString();
    }
}
