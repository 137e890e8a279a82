package io.globaldesk.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.knowledge.internal.KnowledgeRepository;
import org.springframework.stereotype.Component;

/** Translation coverage per target locale: shares of articles published, outdated, pending and missing. */
@Component
class CoverageReport {

    record LocaleCoverage(String locale, long articles, long published, long outdated, long pending, long missing,
                          double publishedPercent, double outdatedPercent, double missingPercent) {
    }

    private final KnowledgeRepository repository;

    CoverageReport(KnowledgeRepository repository) {
        this.repository = repository;
    }

    List<LocaleCoverage> current() {
        Map<String, Long> sources = repository.articlesBySourceLocale();
        long total = sources.values().stream().mapToLong(Long::longValue).sum();
        Map<String, KnowledgeRepository.CoverageRow> rows = repository.coverage().stream()
                .collect(Collectors.toMap(KnowledgeRepository.CoverageRow::locale, Function.identity()));
        List<LocaleCoverage> result = new ArrayList<>();
        for (KnowledgeLanguage language : KnowledgeLanguage.values()) {
            String locale = language.code();
            long articles = total - sources.getOrDefault(locale, 0L);
            KnowledgeRepository.CoverageRow row = rows.getOrDefault(locale, new KnowledgeRepository.CoverageRow(locale, 0, 0, 0));
            long missing = Math.max(0, articles - row.published() - row.outdated() - row.pending());
            result.add(new LocaleCoverage(locale, articles, row.published(), row.outdated(), row.pending(), missing,
                    percent(row.published(), articles), percent(row.outdated(), articles), percent(missing, articles)));
        }
        return result;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
