package io.globaldesk.assistant;

import io.globaldesk.assistant.internal.AssistantMessages;
import io.globaldesk.assistant.internal.InputScreen;
import io.globaldesk.assistant.internal.ParallelLexicon;
import io.globaldesk.assistant.internal.Retrieval;
import io.globaldesk.assistant.internal.Retrieval.Candidate;
import io.globaldesk.assistant.internal.StepExtractor;
import io.globaldesk.assistant.internal.TermAnalysis;
import io.globaldesk.culture.ReplyTemplate;
import io.globaldesk.culture.TemplateRenderer;
import io.globaldesk.knowledge.KnowledgeIndex;
import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.knowledge.Termbase;
import io.globaldesk.language.DetectedLanguage;
import io.globaldesk.language.LanguageDetector;
import io.globaldesk.language.ProductTermCorrector;
import io.globaldesk.language.TextNormalizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Answers one message of a conversation from the public knowledge base, without a language model: detects the
 * language, screens the input, searches in the user's locale and in the source locale through the termbase, re-ranks
 * with the article's title, tags, category and platforms, and composes a short cited reply in the user's language.
 * Thread-safe; holds no conversation state (the caller passes the earlier turns).
 */
public final class Assistant {

    private static final Pattern WORDS = Pattern.compile("[^\\p{IsLatin}\\p{N}._+-]+");
    private static final Pattern TRAILING = Pattern.compile("[._+-]+$");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    /** A message this short after an earlier question is read as a follow-up to it ("what about on iOS?"). */
    private static final int FOLLOW_UP_WORDS = 6;
    private static final int FOLLOW_UP_CJK_CHARS = 14;

    private final ArticleContents contents;
    private final TemplateRenderer templates;
    private final AssistantSettings settings;
    private final LanguageDetector detector = new LanguageDetector();
    private final TextNormalizer normalizer = new TextNormalizer(4_000);
    private final InputScreen screen = new InputScreen();
    private final AssistantMessages messages = new AssistantMessages();
    private final TermAnalysis analysis = new TermAnalysis();
    private final StepExtractor steps = new StepExtractor(analysis);
    private final Retrieval retrieval;
    private final List<String> productTerms;
    private volatile ParallelLexicon lexicon = ParallelLexicon.empty();
    private volatile ProductTermCorrector corrector;

    public Assistant(KnowledgeIndex index, ArticleContents contents, Supplier<Termbase> termbase,
                     Collection<String> productTerms, TemplateRenderer templates, AssistantSettings settings) {
        this.contents = contents;
        this.templates = templates;
        this.settings = settings;
        this.productTerms = List.copyOf(productTerms);
        Set<String> productWords = new HashSet<>();
        for (String term : productTerms) {
            productWords.addAll(List.of(term.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        this.retrieval = new Retrieval(index, contents, termbase, () -> corrector, productWords, normalizer, analysis,
                () -> lexicon, settings.candidates());
        relearn();
    }

    /**
     * Re-learns the cross-language word table from the articles' translations, and the words the articles spell (never
     * "corrected" into a product term); call after articles change.
     */
    public void relearn() {
        Collection<AssistantArticle> articles = contents.allPublic();
        lexicon = ParallelLexicon.learn(articles, analysis);
        retrieval.learnPlatforms(articles);
        Set<String> known = new HashSet<>();
        for (AssistantArticle a : articles) {
            for (String word : WORDS.split((a.title() + " " + a.markdown()).toLowerCase(Locale.ROOT))) {
                known.add(word);
                known.add(TRAILING.matcher(word).replaceAll(""));
            }
        }
        corrector = new ProductTermCorrector(productTerms, known);
    }

    /** The language a message is written in, falling back to the earlier turn, the hint, then English. */
    public String languageOf(String text, String localeHint, List<PreviousTurn> history) {
        String normalized = normalizer.normalize(text == null ? "" : text);
        DetectedLanguage detected = detector.detect(normalized);
        boolean shortLatin = !CJK.matcher(normalized).find() && normalized.split("\\s+").length < 3;
        if (!detected.isUndetermined() && !(shortLatin && detected.confidence() < 0.5)) {
            return detected.tag();
        }
        if (!history.isEmpty() && history.getLast().language() != null) {
            return history.getLast().language();
        }
        return supported(localeHint).orElse("en");
    }

    public AssistantAnswer answer(String text, String localeHint, List<PreviousTurn> history, AskerContext asker) {
        String normalized = normalizer.normalize(text == null ? "" : text);
        return answerIn(normalized, languageOf(normalized, localeHint, history), history, asker);
    }

    /** As {@link #answer}, for a caller that has already detected the message's language with {@link #languageOf}. */
    public AssistantAnswer answerIn(String text, String language, List<PreviousTurn> history, AskerContext asker) {
        String normalized = normalizer.normalize(text == null ? "" : text);
        Locale locale = Locale.forLanguageTag(language);
        if (normalized.isBlank()) {
            return unanswered(language, AssistantAnswer.Outcome.NO_ANSWER, messages.text("assistant.reply.empty", locale), normalized);
        }
        InputScreen.Verdict verdict = screen.screen(normalized);
        switch (verdict) {
            case HUMAN -> {
                return unanswered(language, AssistantAnswer.Outcome.HUMAN_REQUESTED,
                        messages.text("assistant.reply.humanRequested", locale), normalized);
            }
            case MARKUP, INJECTION -> {
                return unanswered(language, AssistantAnswer.Outcome.OUT_OF_SCOPE,
                        messages.text("assistant.reply.outOfScope", locale), normalized);
            }
            default -> {
            }
        }
        String question = isFollowUp(normalized, history) ? history.getLast().question() + "\n" + normalized : normalized;
        List<Candidate> ranked = retrieval.rank(question, normalized, KnowledgeLanguage.of(language), asker);
        if (ranked.isEmpty()) {
            return unanswered(language, AssistantAnswer.Outcome.NO_ANSWER, messages.text("assistant.reply.noAnswer", locale), question);
        }
        double confidence = ranked.getFirst().confidence() * (verdict == InputScreen.Verdict.ABUSE ? 0.6 : 1.0);
        List<Citation> citations = ranked.stream().limit(3)
                .map(c -> new Citation(c.articleId(), c.externalId(), c.title(), c.locale(), round(c.score())))
                .toList();
        if (confidence < settings.answerThreshold()) {
            return new AssistantAnswer(language, false, AssistantAnswer.Outcome.NO_ANSWER,
                    messages.text("assistant.reply.noAnswer", locale), citations, round(confidence), question);
        }
        Candidate best = ranked.getFirst();
        if (ranked.size() > 1) {
            Candidate second = ranked.get(1);
            boolean close = second.score() >= best.score() * (1 - settings.clarifyMargin());
            if (close && !second.category().equals(best.category())) {
                String reply = messages.text("assistant.reply.clarify", locale,
                        Map.of("first", best.title(), "second", second.title()));
                return new AssistantAnswer(language, false, AssistantAnswer.Outcome.CLARIFYING, reply, citations,
                        round(confidence), question);
            }
        }
        String reply = compose(best, language, locale, asker, question);
        return new AssistantAnswer(language, true, AssistantAnswer.Outcome.ANSWERED, reply, citations, round(confidence), question);
    }

    /** The ranked candidates with their features, for evaluation and tuning. */
    List<Candidate> candidates(String text, String localeHint) {
        String normalized = normalizer.normalize(text);
        String language = languageOf(normalized, localeHint, List.of());
        return retrieval.rank(normalized, normalized, KnowledgeLanguage.of(language),
                AskerContext.anonymous(io.globaldesk.culture.CultureProfileCode.values()[0]));
    }

    private String compose(Candidate best, String language, Locale locale, AskerContext asker, String question) {
        KnowledgeLanguage articleLanguage = KnowledgeLanguage.of(best.locale());
        Optional<AssistantArticle> article = contents.find(best.externalId(), best.locale());
        List<String> parts = new ArrayList<>();
        Map<String, Object> names = Map.of(
                "customerName", asker.customerName() == null ? messages.text("assistant.customer", locale) : asker.customerName(),
                "agentName", messages.text("assistant.name", locale));
        parts.add(templates.render(ReplyTemplate.GREETING, asker.cultureProfile(), locale, names));
        if (!articleLanguage.code().equals(KnowledgeLanguage.of(language).code())) {
            parts.add(messages.text("assistant.reply.otherLanguage", locale,
                    Map.of("language", Locale.forLanguageTag(best.locale()).getDisplayLanguage(locale))));
        }
        if (article.isPresent()) {
            StepExtractor.Extract extract = steps.extract(article.get().markdown(), articleLanguage,
                    analysis.terms(articleLanguage, question));
            parts.add(messages.text(extract.steps() ? "assistant.reply.steps" : "assistant.reply.paragraph", locale,
                    Map.of("title", best.title())));
            if (extract.steps()) {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < extract.lines().size(); i++) {
                    lines.add((i + 1) + ". " + extract.lines().get(i));
                }
                parts.add(String.join("\n", lines));
            } else {
                parts.addAll(extract.lines());
            }
        }
        parts.add(messages.text("assistant.reply.source", locale,
                Map.of("title", best.title(), "url", "/help/" + best.locale() + "/" + best.externalId())));
        parts.add(messages.text("assistant.reply.followUp", locale));
        parts.add(templates.render(ReplyTemplate.CLOSING, asker.cultureProfile(), locale, names));
        return String.join("\n\n", parts);
    }

    private static boolean isFollowUp(String text, List<PreviousTurn> history) {
        if (history.isEmpty() || history.getLast().question() == null) {
            return false;
        }
        long cjk = CJK.matcher(text).results().count();
        if (cjk > 0) {
            return cjk <= FOLLOW_UP_CJK_CHARS;
        }
        return text.split("\\s+").length <= FOLLOW_UP_WORDS;
    }

    private static AssistantAnswer unanswered(String language, AssistantAnswer.Outcome outcome, String reply, String searched) {
        return new AssistantAnswer(language, false, outcome, reply, List.of(), 0.0, searched);
    }

    private static Optional<String> supported(String localeHint) {
        try {
            return localeHint == null || localeHint.isBlank() ? Optional.empty()
                    : Optional.of(KnowledgeLanguage.of(localeHint).code());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
