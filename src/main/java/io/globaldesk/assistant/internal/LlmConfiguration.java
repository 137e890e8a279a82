package io.globaldesk.assistant.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The optional language model, off unless {@code globaldesk.assistant.llm.enabled=true}. The key comes from the
 * environment ({@code GLOBALDESK_ASSISTANT_LLM_API_KEY}); a local Ollama needs none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "globaldesk.assistant.llm.enabled", havingValue = "true")
class LlmConfiguration {

    @Bean
    LlmWriter llmWriter(@Value("${globaldesk.assistant.llm.base-url}") String baseUrl,
                        @Value("${globaldesk.assistant.llm.model}") String model,
                        @Value("${globaldesk.assistant.llm.api-key:}") String apiKey,
                        @Value("${globaldesk.assistant.llm.timeout:10s}") Duration timeout) {
        return LlmWriter.openAiCompatible(baseUrl, model, apiKey, timeout);
    }
}
