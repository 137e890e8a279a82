package io.globaldesk.ticket;

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

/**
 * Keywords per category, in every supported language, that classify tickets before any have been learnt from (a
 * cold start) and steady the model while it has seen few examples. A category scores one point per keyword found.
 */
public final class CategoryKeywordRules {

    static final String RTC_DEFAULTS = "ticket/category-keywords.tsv";

    /** The category of each keyword of {@link #index}, by the keyword's position. */
    private final List<String> categoryOfKeyword;
    private final KeywordIndex index;

    public CategoryKeywordRules(Map<String, List<String>> keywordsByCategory) {
        List<String> categories = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        keywordsByCategory.forEach((category, list) -> {
            for (String keyword : list) {
                if (keyword == null || keyword.isBlank()) {
                    throw new IllegalArgumentException("category \"" + category + "\" has a blank keyword");
                }
                categories.add(category);
                keywords.add(Keywords.normalize(keyword));
            }
        });
        this.categoryOfKeyword = List.copyOf(categories);
        this.index = new KeywordIndex(keywords);
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

    /**
     * Keyword hits per category of the taxonomy, for text already normalised for search (lower case). A keyword
     * listed twice for a category counts twice; categories the taxonomy lacks are ignored.
     */
    double[] score(String normalizedText, CategoryTaxonomy taxonomy) {
        boolean[] found = index.find(normalizedText);
        double[] hits = new double[taxonomy.size()];
        for (int keyword = 0; keyword < found.length; keyword++) {
            if (found[keyword]) {
                int c = taxonomy.categories().indexOf(categoryOfKeyword.get(keyword));
                if (c >= 0) {
                    hits[c]++;
                }
            }
        }
        return hits;
    }
}
