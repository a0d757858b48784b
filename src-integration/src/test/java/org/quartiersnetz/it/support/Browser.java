package org.quartiersnetz.it.support;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A minimal browser for JSF pages over plain HTTP: keeps cookies, follows redirects, submits
 * forms with their hidden fields (ViewState). The page tests use it where no script is needed;
 * Chromium-based tests cover what needs JavaScript.
 */
public final class Browser {

    private final Connection session;
    private final String base;
    private Connection.Response last;

    public Browser(String base, String acceptLanguage) {
        this.base = base.replaceAll("/$", "");
        this.session =
                Jsoup.newSession().followRedirects(true).ignoreHttpErrors(true).timeout(30_000);
        if (acceptLanguage != null) {
            session.header("Accept-Language", acceptLanguage);
        }
    }

    public Document open(String path) throws IOException {
        last = session.newRequest(base + path).method(Connection.Method.GET).execute();
        return last.parse();
    }

    public Connection.Response lastResponse() {
        return last;
    }

    public Connection.Response fetch(String absolutePathOrUrl) throws IOException {
        String url = absolutePathOrUrl.startsWith("http") ? absolutePathOrUrl : base + absolutePathOrUrl;
        return session.newRequest(url)
                .ignoreContentType(true)
                .method(Connection.Method.GET)
                .execute();
    }

    /** The named form of a page, to fill and submit. */
    public Form form(Document page, String formId) {
        Element form = page.getElementById(formId);
        if (!(form instanceof FormElement formElement)) {
            throw new AssertionError("no form " + formId + " on " + page.location());
        }
        return new Form(formElement);
    }

    /** A JSF form: field names are the client ids without the form prefix. */
    public final class Form {

        private final FormElement form;
        private final Map<String, String> data = new LinkedHashMap<>();

        Form(FormElement form) {
            this.form = form;
            form.formData().forEach(kv -> data.put(kv.key(), kv.value()));
        }

        public Form set(String field, String value) {
            data.put(form.id() + ":" + field, value);
            return this;
        }

        /** Ticks a checkbox (or one box of a group) by sending its value, as a browser does. */
        public Form check(String field, String value) {
            String name = form.id() + ":" + field;
            data.merge(name, value, (a, b) -> a + "\u0000" + b);
            return this;
        }

        /** Ticks a box by the full name of its input, for inputs inside repeated blocks. */
        public Form checkByName(String name, String value) {
            data.merge(name, value, (a, b) -> a + "\u0000" + b);
            return this;
        }

        public Document submit(String button) throws IOException {
            Connection request = session.newRequest(form.absUrl("action")).method(Connection.Method.POST);
            data.forEach((name, values) -> {
                for (String value : values.split("\u0000")) {
                    request.data(name, value);
                }
            });
            request.data(form.id() + ":" + button, "");
            last = request.execute();
            return last.parse();
        }
    }
}
