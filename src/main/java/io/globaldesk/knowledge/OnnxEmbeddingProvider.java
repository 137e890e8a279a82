package io.globaldesk.knowledge;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The in-jar ONNX models: all-MiniLM-L6-v2 (quantized) for English, bge-small-zh-v1.5 (quantized) for Chinese.
 * Each model is loaded on first use because loading costs seconds and memory that many deployments never need.
 */
public final class OnnxEmbeddingProvider implements EmbeddingProvider {

    private final Map<KnowledgeLanguage, Supplier<EmbeddingModel>> factories = new EnumMap<>(KnowledgeLanguage.class);
    private final Map<KnowledgeLanguage, EmbeddingModel> loaded = new EnumMap<>(KnowledgeLanguage.class);

    public OnnxEmbeddingProvider() {
        factories.put(KnowledgeLanguage.EN, AllMiniLmL6V2QuantizedEmbeddingModel::new);
        factories.put(KnowledgeLanguage.ZH, BgeSmallZhV15QuantizedEmbeddingModel::new);
    }

    @Override
    public boolean supports(KnowledgeLanguage language) {
        return factories.containsKey(language);
    }

    @Override
    public float[] embed(KnowledgeLanguage language, String text) {
        return model(language).embed(text).content().vector();
    }

    private synchronized EmbeddingModel model(KnowledgeLanguage language) {
        Supplier<EmbeddingModel> factory = factories.get(language);
        if (factory == null) {
            throw new IllegalArgumentException("no in-jar embedding model for " + language.code());
        }
        return loaded.computeIfAbsent(language, l -> factory.get());
    }
}
