using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BedrockRulesSamples
{
    private static readonly string AwsBedrockApiKeyKey = FakeKey.Of("AB", "SK", "QmVkcm9ja0FQSUtleS", FakeKey.Random(FakeKey.Base64, 110, 1));

    private static readonly string AwsBedrockShortTermApiKeyKey = FakeKey.Of("bedr", "ock-", "api-key-", "YmVkcm9jay5hbWF6b25hd3MuY29t", FakeKey.Random(FakeKey.Base64, 200, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("aws-bedrock-api-key", AwsBedrockApiKeyKey, "API_KEY")
        .Ignores("aws-bedrock-api-key", "embedded in a longer token", "value: Q" + AwsBedrockApiKeyKey)
        .Ignores("aws-bedrock-api-key", "one character below the minimum length", $"value: {AwsBedrockApiKeyKey[..71]}")
        .Finds("aws-bedrock-short-term-api-key", AwsBedrockShortTermApiKeyKey, "API_KEY")
        .Ignores("aws-bedrock-short-term-api-key", "embedded in a longer token", "value: Q" + AwsBedrockShortTermApiKeyKey)
        .Ignores("aws-bedrock-short-term-api-key", "one character below the minimum length", $"value: {AwsBedrockShortTermApiKeyKey[..93]}");
}
