package io.globaldesk.knowledge;

import io.globaldesk.knowledge.internal.TermMatcher;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Approved terms: each English source term with its approved rendering per language, compared case-insensitively.
 * Immutable; build one with {@link #builder()}.
 */
public final class Termbase {

    private static final Termbase EMPTY = new Termbase(Map.of(), Map.of());

    /** Source term (lower case) → approved rendering per language. */
    private final Map<String, Map<KnowledgeLanguage, String>> entries;
    private final Map<String, String> sourceSpelling;

    private Termbase(Map<String, Map<KnowledgeLanguage, String>> entries, Map<String, String> spelling) {
        this.entries = entries;
        this.sourceSpelling = spelling;
    }

    public static Termbase empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Source terms whose approved rendering in the locale occurs in the text, for expanding a query across locales. */
    public List<String> sourceTermsIn(String text, String locale) {
        KnowledgeLanguage language = KnowledgeLanguage.of(locale);
        List<String> found = new ArrayList<>();
        entries.forEach((source, targets) -> {
            String target = targets.get(language);
            if (target != null && TermMatcher.contains(text, target)) {
                found.add(sourceSpelling.get(source));
            }
        });
        return found;
    }

    /** Each English source term (as first spelt) with its approved rendering in the locale, if it has one. */
    public Map<String, String> renderings(String locale) {
        KnowledgeLanguage language = KnowledgeLanguage.of(locale);
        Map<String, String> result = new LinkedHashMap<>();
        entries.forEach((source, targets) -> {
            String target = targets.get(language);
            if (target != null) {
                result.put(sourceSpelling.get(source), target);
            }
        });
        return result;
    }

    /** One warning per source term present in the source text whose approved rendering the translation lacks. */
    public List<TermWarning> check(String sourceText, String translation, String locale) {
        KnowledgeLanguage language = KnowledgeLanguage.of(locale);
        List<TermWarning> warnings = new ArrayList<>();
        entries.forEach((source, targets) -> {
            String target = targets.get(language);
            if (target != null && TermMatcher.contains(sourceText, source) && !TermMatcher.contains(translation, target)) {
                warnings.add(new TermWarning(sourceSpelling.get(source), language.code(), target));
            }
        });
        return warnings;
    }

    /** The English source terms as first spelt, e.g. for repairing misspelt product terms in questions. */
    public List<String> sourceTerms() {
        return List.copyOf(sourceSpelling.values());
    }

    public int size() {
        return entries.size();
    }

    public static final class Builder {
        private final Map<String, Map<KnowledgeLanguage, String>> entries = new LinkedHashMap<>();
        private final Map<String, String> spelling = new LinkedHashMap<>();

        private Builder() {
        }

        /** Approves {@code target} as the rendering of English {@code source} in {@code locale}; a later call replaces it. */
        public Builder approve(String source, String locale, String target) {
            if (source == null || source.isBlank() || target == null || target.isBlank()) {
                throw new IllegalArgumentException("a termbase entry needs a source term and a target term");
            }
            KnowledgeLanguage language = KnowledgeLanguage.of(locale);
            if (language == KnowledgeLanguage.EN) {
                throw new IllegalArgumentException("source terms are English; approve a rendering for another locale");
            }
            String key = source.strip().toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(key, source.strip());
            entries.computeIfAbsent(key, k -> new EnumMap<>(KnowledgeLanguage.class)).put(language, target.strip());
            return this;
        }

        public Termbase build() {
            Map<String, Map<KnowledgeLanguage, String>> copy = new LinkedHashMap<>();
            entries.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            return new Termbase(Map.copyOf(copy), Map.copyOf(spelling));
        }
    }
}
