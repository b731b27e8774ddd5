using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BedrockRules
{
    private static readonly Remediation Remediation = new("https://console.aws.amazon.com/bedrock/home#/api-keys", "Bedrock:ApiKey", "AWS_BEARER_TOKEN_BEDROCK");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "aws-bedrock-api-key",
            "AWS",
            "Amazon Bedrock long-term API key",
            Patterns.Token("ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{50,300}={0,2}", Patterns.Base64),
            new[] { "ABSKQmVkcm9ja0FQSUtleS" },
            Remediation)
        {
            MinEntropy = 4,
        },
        // Base 64 of a presigned URL that carries a whole STS session token: over 2,000 characters, with no useful bound.
        new SecretRule(
            "aws-bedrock-short-term-api-key",
            "AWS",
            "Amazon Bedrock short-term API key",
            Patterns.Token("bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{50,}", Patterns.Base64),
            new[] { "bedrock-api-key-" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
