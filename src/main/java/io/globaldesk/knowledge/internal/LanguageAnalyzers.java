package io.globaldesk.knowledge.internal;

import io.globaldesk.knowledge.KnowledgeLanguage;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Lucene analyzer per knowledge language, chosen by the language suffix of the field name ({@code body_ja}), so
 * Japanese is segmented by Kuromoji, Chinese by SmartChinese, Korean by Nori and the rest stemmed by their own rules.
 */
public final class LanguageAnalyzers extends DelegatingAnalyzerWrapper {

    /** Created on first use: the Chinese, Japanese and Korean dictionaries take seconds and memory to load. */
    private final Map<KnowledgeLanguage, Analyzer> analyzers = new ConcurrentHashMap<>();
    private final Analyzer fallback = new StandardAnalyzer();

    public LanguageAnalyzers() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    public Analyzer of(KnowledgeLanguage language) {
        return analyzers.computeIfAbsent(language, LanguageAnalyzers::create);
    }

    private static Analyzer create(KnowledgeLanguage language) {
        return switch (language) {
            case EN -> new EnglishAnalyzer();
            case ZH -> new SmartChineseAnalyzer();
            case JA -> new JapaneseAnalyzer();
            case KO -> new KoreanAnalyzer();
            case ES -> new SpanishAnalyzer();
            case PT -> new PortugueseAnalyzer();
            case DE -> new GermanAnalyzer();
            case FR -> new FrenchAnalyzer();
        };
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        int underscore = fieldName.lastIndexOf('_');
        if (underscore > 0) {
            String code = fieldName.substring(underscore + 1);
            for (KnowledgeLanguage language : KnowledgeLanguage.values()) {
                if (language.code().equals(code)) {
                    return of(language);
                }
            }
        }
        return fallback;
    }

    @Override
    public void close() {
        analyzers.values().forEach(Analyzer::close);
        fallback.close();
        super.close();
    }
}
