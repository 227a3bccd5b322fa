package org.a4p.dashboard.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The six UN languages of the pages: which one a request gets, and how each is written. */
public final class Languages {

    public static final String DEFAULT = "en";

    /** Code to the language's own name, in the UN's order (alphabetical in English: ar, zh, en, fr, ru, es). */
    public static final Map<String, String> NAMES;

    static {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("ar", "العربية");
        names.put("zh", "中文");
        names.put("en", "English");
        names.put("fr", "Français");
        names.put("ru", "Русский");
        names.put("es", "Español");
        NAMES = java.util.Collections.unmodifiableMap(names);
    }

    private Languages() {
    }

    public static boolean supported(String code) {
        return code != null && NAMES.containsKey(code);
    }

    /** The best of the six for an {@code Accept-Language} header; English when none fits or the header is malformed. */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), List.copyOf(NAMES.keySet()));
            return tag == null ? DEFAULT : tag;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }

    public static String direction(String code) {
        return "ar".equals(code) ? "rtl" : "ltr";
    }

    public static Locale locale(String code) {
        return Locale.forLanguageTag(code);
    }
}
