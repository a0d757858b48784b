package org.quartiersnetz.common.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.common.control.Languages;
import org.quartiersnetz.language.web.PageLanguage;

/**
 * The page texts: German (the base bundle, every key) and English have the same keys; the other
 * languages share one set of keys among them, which holds every key a public or volunteer page
 * names; every translation keeps the German placeholders and formats without error.
 */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern PAGE_KEY = Pattern.compile("i18n\\['([^']+)'\\]");
    private static final Path PAGES = Path.of("src/main/webapp");

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys(german()), keys(bundle("ApplicationBundle_en")));
    }

    @Test
    void theOtherLanguagesShareOneSetOfKeysWithinTheGermanOnes() throws IOException {
        Set<String> first = null;
        for (String language : volunteerOnlyLanguages()) {
            Set<String> keys = keys(bundle("ApplicationBundle_" + language));
            if (first == null) {
                first = keys;
            }
            assertEquals(
                    first,
                    keys,
                    language + " has other keys than "
                            + volunteerOnlyLanguages().get(0));
            Set<String> unknown = new TreeSet<>(keys);
            unknown.removeAll(keys(german()));
            assertEquals(Set.of(), unknown, language + " has keys German does not have");
        }
    }

    @Test
    void everyTextOfAPublicOrVolunteerPageIsInEveryLanguage() throws IOException {
        Set<String> used = keysOnPublicPages();
        assertTrue(used.size() > 200, "the scan found the pages' keys: " + used.size());
        for (String language : Languages.all()) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(keys(language.equals("de") ? german() : bundle("ApplicationBundle_" + language)));
            assertEquals(Set.of(), missing, "missing in " + language);
        }
    }

    @Test
    void translationsKeepThePlaceholdersAndFormat() throws IOException {
        Properties german = german();
        for (String language : Languages.all()) {
            if (language.equals("de")) {
                continue;
            }
            Properties translated = bundle("ApplicationBundle_" + language);
            assertSamePlaceholders(german, translated, language);
        }
    }

    @Test
    void everyLanguageHasTheValidationMessages() throws IOException {
        Properties german = root("ValidationMessages_de");
        for (String language : Languages.all()) {
            Properties translated = root("ValidationMessages_" + language);
            assertEquals(keys(german), keys(translated), language);
            assertSamePlaceholders(german, translated, language);
        }
    }

    @Test
    void anyLanguageSeesGermanWhereItHasNoText() {
        assertEquals(Texts.get(Locale.GERMAN, "staff.title"), Texts.get(Locale.forLanguageTag("ar"), "staff.title"));
    }

    /** Placeholders equal to German's, and the pattern formats (no stray brace or apostrophe). */
    static void assertSamePlaceholders(Properties german, Properties translated, String language) {
        List<String> wrong = new ArrayList<>();
        for (String key : translated.stringPropertyNames()) {
            String source = german.getProperty(key);
            String text = translated.getProperty(key);
            if (source == null) {
                continue;
            }
            if (!placeholders(source).equals(placeholders(text))) {
                wrong.add(key + " (placeholders " + placeholders(text) + " instead of " + placeholders(source) + ")");
            } else if (!placeholders(source).isEmpty() && !formats(text, language)) {
                wrong.add(key + " (does not format)");
            }
        }
        assertEquals(List.of(), wrong, language);
    }

    private static boolean formats(String pattern, String language) {
        try {
            String shown = new MessageFormat(pattern, Locale.forLanguageTag(language))
                    .format(new Object[] {1L, 2L, 3L, 4L, 5L});
            return !pattern.contains("'") || shown.contains("'") || pattern.contains("''");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> keysOnPublicPages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String path = "/" + PAGES.relativize(page).toString().replace('\\', '/');
                if (PageLanguage.isStaffPage(path)) {
                    continue;
                }
                Matcher matcher = PAGE_KEY.matcher(Files.readString(page));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static List<String> volunteerOnlyLanguages() {
        return Languages.all().stream()
                .filter(l -> !Languages.staff().contains(l))
                .toList();
    }

    private static Properties german() throws IOException {
        return bundle("ApplicationBundle");
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    static Properties bundle(String name) throws IOException {
        return root("i18n/" + name);
    }

    private static Properties root(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/" + name + ".properties")) {
            assertTrue(in != null, "no bundle " + name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
