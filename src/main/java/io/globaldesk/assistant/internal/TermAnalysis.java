package io.globaldesk.assistant.internal;

import io.globaldesk.knowledge.KnowledgeLanguage;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Analyses text into the stemmed, stop-word-free terms of a language, to measure how much of a question an article covers. */
public final class TermAnalysis {

    private static final int MAX_TERMS = 4_000;

    private final Map<KnowledgeLanguage, Analyzer> analyzers = new EnumMap<>(KnowledgeLanguage.class);

    public TermAnalysis() {
        analyzers.put(KnowledgeLanguage.EN, new EnglishAnalyzer());
        analyzers.put(KnowledgeLanguage.ZH, new SmartChineseAnalyzer());
        analyzers.put(KnowledgeLanguage.JA, new JapaneseAnalyzer());
        analyzers.put(KnowledgeLanguage.KO, new KoreanAnalyzer());
        analyzers.put(KnowledgeLanguage.ES, new SpanishAnalyzer());
        analyzers.put(KnowledgeLanguage.PT, new PortugueseAnalyzer());
        analyzers.put(KnowledgeLanguage.DE, new GermanAnalyzer());
        analyzers.put(KnowledgeLanguage.FR, new FrenchAnalyzer());
    }

    public Set<String> terms(KnowledgeLanguage language, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzers.get(language).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                String t = term.toString();
                if (!t.isBlank() && !(t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0)))) {
                    terms.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail to read it", e);
        }
        return terms;
    }
}
