package io.globaldesk.platform.i18n;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds every message bundle under {@code i18n/} on the class path, so that each module keeps its texts in a bundle of
 * its own ({@code i18n/<module>_<lang>.properties}) without a central list to edit.
 */
public final class MessageBundles {

    private static final Pattern BUNDLE = Pattern.compile("([A-Za-z0-9-]+?)(_[a-z]{2}(_[A-Z]{2})?)?\\.properties");

    private MessageBundles() {
    }

    /** Base names such as {@code i18n/messages}, {@code i18n/diagnosis}. */
    public static Set<String> baseNames() {
        Set<String> names = new TreeSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String file = resource.getFilename();
                if (file == null) continue;
                Matcher m = BUNDLE.matcher(file);
                if (m.matches()) names.add("i18n/" + m.group(1));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the message bundles under i18n/", e);
        }
        return names;
    }
}
