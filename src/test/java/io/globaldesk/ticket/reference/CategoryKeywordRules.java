package io.globaldesk.ticket.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.globaldesk.ticket.CategoryTaxonomy;

/**
 * Keywords per category, in every supported language, that classify tickets before any have been learnt from (a
 * cold start) and steady the model while it has seen few examples. A category scores one point per keyword found.
 */
public final class CategoryKeywordRules {

    static final String RTC_DEFAULTS = "ticket/category-keywords.tsv";

    private final Map<String, List<String>> keywordsByCategory;

    public CategoryKeywordRules(Map<String, List<String>> keywordsByCategory) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        keywordsByCategory.forEach((category, keywords) -> {
            for (String keyword : keywords) {
                if (keyword == null || keyword.isBlank()) {
                    throw new IllegalArgumentException("category \"" + category + "\" has a blank keyword");
                }
            }
            copy.put(category, keywords.stream().map(Keywords::normalize).toList());
        });
        this.keywordsByCategory = Map.copyOf(copy);
    }

    /** The built-in rules for {@link CategoryTaxonomy#rtcDefaults()}. */
    public static CategoryKeywordRules rtcDefaults() {
        try (InputStream in = CategoryKeywordRules.class.getClassLoader().getResourceAsStream(RTC_DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(RTC_DEFAULTS + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RTC_DEFAULTS, e);
        }
    }

    /** Lines of {@code category<TAB>language<TAB>keyword, keyword, ...}; {@code #} starts a comment. */
    static CategoryKeywordRules parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalArgumentException("keyword line " + number
                        + " must be category<TAB>language<TAB>keywords, has " + fields.length + " fields");
            }
            List<String> list = keywords.computeIfAbsent(fields[0].strip(), c -> new ArrayList<>());
            for (String keyword : fields[2].split(",")) {
                if (!keyword.isBlank()) {
                    list.add(keyword.strip());
                }
            }
        }
        return new CategoryKeywordRules(keywords);
    }

    /** Keyword hits per category of the taxonomy, for text already normalised for search (lower case). */
    public double[] score(String normalizedText, CategoryTaxonomy taxonomy) {
        double[] hits = new double[taxonomy.size()];
        for (int c = 0; c < hits.length; c++) {
            for (String keyword : keywordsByCategory.getOrDefault(taxonomy.categories().get(c), List.of())) {
                if (Keywords.contains(normalizedText, keyword)) {
                    hits[c]++;
                }
            }
        }
        return hits;
    }
}
