package dev.flaskspring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when Boot handles forwarded headers: {@code server.forward-headers-strategy} is {@code native} or
 * {@code framework}, or is unset on a cloud platform that forwards them (where Boot turns {@code native} on).
 */
final class OnForwardHeadersCondition extends SpringBootCondition {

    static final String PROPERTY = "server.forward-headers-strategy";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        String strategy = environment.getProperty(PROPERTY);
        if (strategy != null) {
            boolean handled = strategy.equalsIgnoreCase("native") || strategy.equalsIgnoreCase("framework");
            return handled ? ConditionOutcome.match(PROPERTY + "=" + strategy)
                    : ConditionOutcome.noMatch(PROPERTY + "=" + strategy);
        }
        CloudPlatform platform = CloudPlatform.getActive(environment);
        return platform != null && platform.isUsingForwardHeaders()
                ? ConditionOutcome.match("cloud platform " + platform + " forwards headers")
                : ConditionOutcome.noMatch(PROPERTY + " not set");
    }
}
