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

import java.util.EnumMap;
import java.util.Map;

/**
 * One Lucene analyzer per knowledge language, chosen by the language suffix of the field name ({@code body_ja}), so
 * Japanese is segmented by Kuromoji, Chinese by SmartChinese, Korean by Nori and the rest stemmed by their own rules.
 */
public final class LanguageAnalyzers extends DelegatingAnalyzerWrapper {

    private final Map<KnowledgeLanguage, Analyzer> analyzers = new EnumMap<>(KnowledgeLanguage.class);
    private final Analyzer fallback = new StandardAnalyzer();

    public LanguageAnalyzers() {
        super(PER_FIELD_REUSE_STRATEGY);
        analyzers.put(KnowledgeLanguage.EN, new EnglishAnalyzer());
        analyzers.put(KnowledgeLanguage.ZH, new SmartChineseAnalyzer());
        analyzers.put(KnowledgeLanguage.JA, new JapaneseAnalyzer());
        analyzers.put(KnowledgeLanguage.KO, new KoreanAnalyzer());
        analyzers.put(KnowledgeLanguage.ES, new SpanishAnalyzer());
        analyzers.put(KnowledgeLanguage.PT, new PortugueseAnalyzer());
        analyzers.put(KnowledgeLanguage.DE, new GermanAnalyzer());
        analyzers.put(KnowledgeLanguage.FR, new FrenchAnalyzer());
    }

    public Analyzer of(KnowledgeLanguage language) {
        return analyzers.get(language);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        int underscore = fieldName.lastIndexOf('_');
        if (underscore > 0) {
            String code = fieldName.substring(underscore + 1);
            for (KnowledgeLanguage language : KnowledgeLanguage.values()) {
                if (language.code().equals(code)) {
                    return analyzers.get(language);
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
